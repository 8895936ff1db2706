package org.wiretrace.store;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;

/**
 * Port for keeping articles between runs. The Lucene adapter in {@code wiretrace-index} implements
 * it; {@link InMemoryArticleStore} serves tests, the Spark job and one-off comparisons.
 *
 * <p>Writes are grouped into batches: everything passed to one {@link #put} call becomes visible
 * and durable together when it returns, so a crash never leaves half a batch.
 */
public interface ArticleStore extends AutoCloseable {

  /** How a put treats an id that is already stored. */
  enum OnExisting {
    /** Keep the stored article; the new one is counted as unchanged or conflicting. */
    KEEP,
    /** Replace the stored article when its text or metadata differ. */
    REPLACE
  }

  /**
   * Counts of one {@link #put}.
   *
   * @param added ids not stored before
   * @param replaced ids whose stored article was replaced
   * @param unchanged ids stored already with the same content
   * @param conflicting ids stored already with different content, kept because of {@link OnExisting#KEEP}
   */
  record PutResult(int added, int replaced, int unchanged, List<String> conflicting) {
    /** Makes the list immutable. */
    public PutResult {
      conflicting = List.copyOf(conflicting);
    }
  }

  /**
   * Stores a batch of articles atomically and durably.
   *
   * @param articles the batch
   * @param onExisting what to do with ids already stored
   * @return what happened to each article
   * @throws IOException when the store cannot be written
   */
  PutResult put(Collection<Article> articles, OnExisting onExisting) throws IOException;

  /**
   * Returns one article.
   *
   * @param id the id
   * @return the article, or empty when not stored
   * @throws IOException when the store cannot be read
   */
  Optional<Article> get(ArticleId id) throws IOException;

  /**
   * Streams all stored articles in id order. Close the stream when done.
   *
   * @return the articles
   * @throws IOException when the store cannot be read
   */
  Stream<Article> all() throws IOException;

  /**
   * Returns the number of stored articles.
   *
   * @return the count
   * @throws IOException when the store cannot be read
   */
  int count() throws IOException;

  @Override
  void close() throws IOException;
}
