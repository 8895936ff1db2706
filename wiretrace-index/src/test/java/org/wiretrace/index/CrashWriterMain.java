package org.wiretrace.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.store.ArticleStore.OnExisting;

/**
 * Child process of {@link StoreCrashIT}: writes batches of invented articles and their fingerprints
 * in an endless loop and prints {@code committed N} after each batch's commits, until killed.
 *
 * <p>Arguments: store directory, first batch number, articles per batch.
 */
public final class CrashWriterMain {

  /** Params stamp used by the crash test. */
  static final String STAMP = "crash:k5:p64:s3";

  private CrashWriterMain() {}

  /**
   * Runs the writer loop.
   *
   * @param args store directory, first batch number, batch size
   * @throws IOException when the store cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int batch = Integer.parseInt(args[1]);
    int size = Integer.parseInt(args[2]);
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      while (true) {
        writeBatch(store, batch, size);
        System.out.println("committed " + batch);
        System.out.flush();
        batch++;
      }
    }
  }

  /**
   * Returns the id of an article of a batch.
   *
   * @param batch the batch number
   * @param i the position in the batch
   * @return the id
   */
  static String id(int batch, int i) {
    return "b" + batch + "-" + i;
  }

  private static void writeBatch(WiretraceStore store, int batch, int size) throws IOException {
    Random random = new Random(batch);
    List<Article> articles = new ArrayList<>(size);
    Map<ArticleId, Fingerprints> fingerprints = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      Article article = TestArticles.random(random, id(batch, i), 150);
      articles.add(article);
      fingerprints.put(article.id(), new Fingerprints(
          new TreeSet<>(List.of("batch" + batch, "t" + random.nextInt(50))),
          List.of(new float[] {random.nextFloat() + 0.01f, random.nextFloat(), random.nextFloat()}), STAMP));
    }
    store.articles().put(articles, OnExisting.KEEP);
    store.candidates().putAll(fingerprints);
  }
}
