package org.wiretrace.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.wiretrace.model.ArticleId;

/**
 * The store directory: opens, checks and closes its three Lucene indexes together.
 *
 * <pre>
 * DIR/articles/    LuceneArticleStore   articles, one document each
 * DIR/candidates/  candidate index      fingerprint terms and sentence vectors
 * DIR/embeddings/  embedding cache      sentence vectors by model and text hash
 * DIR/judgements/  pair judgements      relations of judged article pairs by judgement key
 * </pre>
 *
 * <p>Every index's commit user data holds the store schema version and the index kind; the
 * candidate index also holds the sketch params stamp its terms were made with. Opening checks them
 * and refuses a mismatch with an {@link IncompatibleStoreException} naming the store path, the
 * expected and actual values and the fix. A writable store holds Lucene's {@code write.lock} in
 * each index, so a second writer (another process, or another open in this one) is refused too;
 * read-only opens take no lock and see the writer's commits as they land.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * try (WiretraceStore store = WiretraceStore.open(Path.of(".wiretrace"), sketchParamsStamp)) {
 *   store.articles().put(batch, ArticleStore.OnExisting.KEEP);
 * }
 * }</pre>
 */
public final class WiretraceStore implements AutoCloseable {

  /** The schema version this code writes and reads. */
  public static final int SCHEMA_VERSION = StoreSchema.VERSION;

  private final Path path;
  private final SubIndex articleIndex;
  private final LuceneArticleStore articles;
  private final LuceneCandidateIndex candidates;
  private final LuceneEmbeddingCache embeddings;
  private final LuceneJudgementCache judgements;

  private WiretraceStore(Path path, List<SubIndex> indexes) throws IOException {
    this.path = path;
    this.articleIndex = indexes.get(0);
    this.articles = new LuceneArticleStore(articleIndex);
    this.candidates = new LuceneCandidateIndex(indexes.get(1));
    this.embeddings = new LuceneEmbeddingCache(indexes.get(2));
    this.judgements = new LuceneJudgementCache(indexes.size() > 3 ? indexes.get(3) : null);
  }

  /**
   * Opens the store for reading and writing, creating it when the directory is missing or empty.
   *
   * @param dir the store directory
   * @param paramsStamp the sketch params stamp of this run, e.g. {@code minhash:k5:p128:s42:b32x4};
   *     written into a new store, compared with an existing one
   * @return the open store
   * @throws IncompatibleStoreException when the directory is not a store, was written with another
   *     schema version or params stamp, or is open for writing elsewhere
   * @throws IOException when the store cannot be opened
   */
  public static WiretraceStore open(Path dir, String paramsStamp) throws IOException {
    if (paramsStamp.isBlank()) {
      throw new IllegalArgumentException(
          "paramsStamp is blank; pass the sketch params stamp the candidate terms are made with");
    }
    requireStoreOrEmpty(dir);
    List<SubIndex> opened = new ArrayList<>(3);
    try {
      opened.add(SubIndex.openWritable(dir.resolve(StoreSchema.ARTICLES), StoreSchema.ARTICLES, Map.of()));
      opened.add(SubIndex.openWritable(dir.resolve(StoreSchema.CANDIDATES), StoreSchema.CANDIDATES,
          Map.of(StoreSchema.KEY_PARAMS, paramsStamp)));
      opened.add(SubIndex.openWritable(dir.resolve(StoreSchema.EMBEDDINGS), StoreSchema.EMBEDDINGS, Map.of()));
      opened.add(SubIndex.openWritable(dir.resolve(StoreSchema.JUDGEMENTS), StoreSchema.JUDGEMENTS, Map.of()));
      requireParams(dir, opened.get(1), paramsStamp);
      return new WiretraceStore(dir, opened);
    } catch (IOException | RuntimeException e) {
      closeAll(opened, e);
      throw e;
    }
  }

  /**
   * Opens an existing store for reading only: no lock is taken, so it works while another process
   * ingests. Writing through it throws {@link IllegalStateException}.
   *
   * @param dir the store directory
   * @return the open store
   * @throws IncompatibleStoreException when the directory is not a store or has another schema version
   * @throws IOException when the store cannot be opened
   */
  public static WiretraceStore openReadOnly(Path dir) throws IOException {
    for (String kind : List.of(StoreSchema.ARTICLES, StoreSchema.CANDIDATES, StoreSchema.EMBEDDINGS)) {
      if (!isIndex(dir.resolve(kind))) {
        throw notAStore(dir, "it has no " + kind + "/ index; run 'wiretrace ingest --store " + dir
            + "' first, or point --store at an existing store");
      }
    }
    List<SubIndex> opened = new ArrayList<>(3);
    try {
      opened.add(SubIndex.openReadOnly(dir.resolve(StoreSchema.ARTICLES), StoreSchema.ARTICLES));
      opened.add(SubIndex.openReadOnly(dir.resolve(StoreSchema.CANDIDATES), StoreSchema.CANDIDATES));
      opened.add(SubIndex.openReadOnly(dir.resolve(StoreSchema.EMBEDDINGS), StoreSchema.EMBEDDINGS));
      if (isIndex(dir.resolve(StoreSchema.JUDGEMENTS))) {
        opened.add(SubIndex.openReadOnly(dir.resolve(StoreSchema.JUDGEMENTS), StoreSchema.JUDGEMENTS));
      }
      return new WiretraceStore(dir, opened);
    } catch (IOException | RuntimeException e) {
      closeAll(opened, e);
      throw e;
    }
  }

  /** Refuses a path that is a file, or a non-empty directory without an article index. */
  private static void requireStoreOrEmpty(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw notAStore(dir, "it is a file, not a directory; give --store a directory");
    }
    if (!Files.isDirectory(dir) || isIndex(dir.resolve(StoreSchema.ARTICLES))) {
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw notAStore(dir, "it is a non-empty directory without an " + StoreSchema.ARTICLES
            + "/ index; give --store a new or empty directory, or an existing store");
      }
    }
  }

  private static boolean isIndex(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (FSDirectory directory = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  private static IncompatibleStoreException notAStore(Path dir, String why) {
    return new IncompatibleStoreException(IncompatibleStoreException.Reason.NOT_A_STORE, dir,
        "'" + dir + "' is not a Wiretrace store: " + why);
  }

  private static void requireParams(Path dir, SubIndex candidates, String expected)
      throws IncompatibleStoreException {
    String actual = candidates.userData().get(StoreSchema.KEY_PARAMS);
    if (!expected.equals(actual)) {
      throw new IncompatibleStoreException(IncompatibleStoreException.Reason.PARAMS_STAMP, dir,
          "store '" + dir + "' was built with sketch params " + actual + " but this run uses "
              + expected + "; run with the store's params, re-ingest into a new --store, or delete "
              + dir + " and ingest again");
    }
  }

  private static void closeAll(List<SubIndex> opened, Exception failure) {
    for (SubIndex index : opened) {
      try {
        index.close();
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /**
   * Returns the article store.
   *
   * @return the articles
   */
  public LuceneArticleStore articles() {
    return articles;
  }

  /**
   * Returns the candidate index.
   *
   * @return the candidate index
   */
  public LuceneCandidateIndex candidates() {
    return candidates;
  }

  /**
   * Returns the embedding cache.
   *
   * @return the embedding cache
   */
  public LuceneEmbeddingCache embeddings() {
    return embeddings;
  }

  /**
   * Returns the pair judgements remembered by earlier runs ({@link org.wiretrace.detect.ReuseDetector}
   * reads and adds to them).
   *
   * @return the judgement cache
   */
  public LuceneJudgementCache judgements() {
    return judgements;
  }

  /**
   * Returns the store directory.
   *
   * @return the path
   */
  public Path path() {
    return path;
  }

  /**
   * Returns the sketch params stamp the store's candidate terms are made with.
   *
   * @return the stamp
   */
  public String paramsStamp() {
    return candidates.paramsStamp();
  }

  /**
   * Returns whether the store was opened with {@link #openReadOnly}.
   *
   * @return true when writes are refused
   */
  public boolean readOnly() {
    return articleIndex.readOnly();
  }

  /**
   * Merges the article and candidate indexes into one segment each (e.g. after a bulk ingest), which
   * makes candidate searches faster; pending candidate puts are committed first.
   *
   * @throws IOException when merging fails
   * @throws IllegalStateException when the store was opened read-only
   */
  public void compact() throws IOException {
    articles.compact();
    candidates.compact();
  }

  /**
   * Returns the stored articles that have no fingerprints in the candidate index, in id order: what
   * an ingest killed between its article commit and its fingerprint commit leaves behind. Ingest
   * can fingerprint them again on its next run.
   *
   * @return ids of articles missing from the candidate index
   * @throws IOException when the store cannot be read
   */
  public List<ArticleId> articlesWithoutFingerprints() throws IOException {
    List<ArticleId> missing = new ArrayList<>();
    try (Stream<ArticleId> ids = articles.ids()) {
      for (ArticleId id : (Iterable<ArticleId>) ids::iterator) {
        if (!candidates.contains(id)) {
          missing.add(id);
        }
      }
    }
    return missing;
  }

  /**
   * Returns the statistics shown by {@code wiretrace stats}.
   *
   * @return the statistics
   * @throws IOException when the store cannot be read
   */
  public StoreStats stats() throws IOException {
    ArticleCounts c = articles.counts();
    return new StoreStats(path, c.articles(), c.outlets(), c.withoutOutlet(), c.earliestPublished(),
        c.latestPublished(), c.withoutPublished(), c.sentences(), c.strippedChrome(),
        candidates.count(), candidates.sentenceVectorCount(), embeddings.count(), judgements.count(), bytesOnDisk(),
        SCHEMA_VERSION, paramsStamp());
  }

  private long bytesOnDisk() throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).mapToLong(WiretraceStore::sizeOrZero).sum();
    }
  }

  /** A file deleted by a concurrent merge counts as zero. */
  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Closes all indexes. Pending candidate and cache writes are committed first; articles are always
   * committed by their {@code put}.
   *
   * @throws IOException when an index cannot be closed
   */
  @Override
  public void close() throws IOException {
    try (embeddings; candidates; articles; judgements) {
      // try-with-resources closes all four, in reverse order, even when one fails
    }
  }
}
