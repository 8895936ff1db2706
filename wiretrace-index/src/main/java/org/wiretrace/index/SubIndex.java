package org.wiretrace.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;

/**
 * One Lucene index of the store (articles, candidates or embeddings): its directory, its writer
 * (absent when read-only), a searcher manager and the commit user data that stamps it.
 *
 * <p>A new index gets an empty first commit carrying its kind and schema version, so even an empty
 * store is recognised on the next open. An existing index is checked before its writer is opened.
 */
final class SubIndex implements Closeable {

  private final Path path;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, String> userData;

  private SubIndex(Path path, Directory directory, @Nullable IndexWriter writer,
      SearcherManager searchers, Map<String, String> userData) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.userData = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(userData));
  }

  /**
   * Indexing buffer: four times the 64 MB used before so that a bulk ingest flushes fewer, larger
   * segments, and fewer HNSW graphs have to be merged later.
   */
  private static final double RAM_BUFFER_MB = 256;

  /**
   * The default codec with a cheaper HNSW build for sentence vectors: the candidate search asks for a
   * handful of neighbours per sentence and only needs the articles behind them, so a build beam of
   * {@value #BEAM_WIDTH} (Lucene's default is 100) keeps its recall (measured by {@code wiretrace bench}
   * against brute force) at less than half the graph-building cost, which dominates ingest. The format
   * name written per field is the stock {@code Lucene99HnswVectorsFormat}, so any reader opens it.
   */
  static final class SentenceVectorCodec extends FilterCodec {
    static final int MAX_CONNECTIONS = 16;
    static final int BEAM_WIDTH = 40;
    private static final KnnVectorsFormat HNSW = new Lucene99HnswVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH);
    private final KnnVectorsFormat perField = new PerFieldKnnVectorsFormat() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return HNSW;
      }
    };

    SentenceVectorCodec() {
      super(Codec.getDefault().getName(), Codec.getDefault());
    }

    @Override
    public KnnVectorsFormat knnVectorsFormat() {
      return perField;
    }
  }

  /**
   * Opens an index for writing, creating it when absent.
   *
   * @param path the index directory
   * @param kind which index of the store this is
   * @param created user data to write when creating (kind and schema are added)
   * @return the open index
   * @throws IOException when it cannot be opened, or is incompatible
   */
  static SubIndex openWritable(Path path, String kind, Map<String, String> created) throws IOException {
    Files.createDirectories(path);
    Directory directory = FSDirectory.open(path);
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      Map<String, String> data = exists
          ? check(path, kind, SegmentInfos.readLatestCommit(directory).getUserData())
          : stamp(kind, created);
      IndexWriter writer = new IndexWriter(directory, config(exists));
      if (!exists) {
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
      }
      return new SubIndex(path, directory, writer, new SearcherManager(writer, null), data);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw translate(path, e);
    }
  }

  /**
   * Opens an existing index for reading only; it sees new commits of a writer in another process.
   *
   * @param path the index directory
   * @param kind which index of the store this is
   * @return the open index
   * @throws IOException when it is absent, unreadable or incompatible
   */
  static SubIndex openReadOnly(Path path, String kind) throws IOException {
    Directory directory = FSDirectory.open(path);
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      Map<String, String> data = check(path, kind, reader.getIndexCommit().getUserData());
      return new SubIndex(path, directory, null, new SearcherManager(reader, null), data);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw translate(path, e);
    }
  }

  private static IndexWriterConfig config(boolean exists) {
    IndexWriterConfig config = new IndexWriterConfig();
    config.setOpenMode(exists ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    config.setCodec(new SentenceVectorCodec());
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    config.setCommitOnClose(false);
    return config;
  }

  private static Map<String, String> stamp(String kind, Map<String, String> created) {
    Map<String, String> data = new TreeMap<>(created);
    data.put(StoreSchema.KEY_KIND, kind);
    data.put(StoreSchema.KEY_SCHEMA, Integer.toString(StoreSchema.VERSION));
    return data;
  }

  /** Refuses an index of another kind or schema version; returns its user data. */
  private static Map<String, String> check(Path path, String kind, Map<String, String> data)
      throws IncompatibleStoreException {
    Path store = path.getParent();
    if (!kind.equals(data.get(StoreSchema.KEY_KIND))) {
      throw new IncompatibleStoreException(IncompatibleStoreException.Reason.NOT_A_STORE, store,
          "'" + path + "' holds a Lucene index that is not a Wiretrace " + kind + " index (expected "
              + StoreSchema.KEY_KIND + "=" + kind + ", found " + data.get(StoreSchema.KEY_KIND)
              + "); point --store at a Wiretrace store or at a new directory");
    }
    String version = data.get(StoreSchema.KEY_SCHEMA);
    if (!Integer.toString(StoreSchema.VERSION).equals(version)) {
      throw new IncompatibleStoreException(IncompatibleStoreException.Reason.SCHEMA_VERSION, store,
          "store '" + store + "' has schema version " + version + " but this Wiretrace reads version "
              + StoreSchema.VERSION + StoreSchema.whyOlderRefused(version) + "; re-ingest into a new --store, or delete " + store
              + " and ingest again");
    }
    return Map.copyOf(data);
  }

  private static IOException translate(Path path, Exception e) {
    Path store = path.getParent();
    return switch (e) {
      case IncompatibleStoreException ise -> ise;
      case LockObtainFailedException lock -> new IncompatibleStoreException(
          IncompatibleStoreException.Reason.LOCKED, store,
          "store '" + store + "' is open for writing in another process (Lucene write.lock in '" + path
              + "' is held); wait for that process to finish, or use another --store", lock);
      case IndexFormatTooOldException old -> luceneFormat(store, old);
      case IndexFormatTooNewException young -> luceneFormat(store, young);
      case IOException io -> io;
      case RuntimeException re -> throw re;
      default -> new IOException(e);
    };
  }

  private static IncompatibleStoreException luceneFormat(Path store, IOException e) {
    return new IncompatibleStoreException(IncompatibleStoreException.Reason.SCHEMA_VERSION, store,
        "store '" + store + "' was written by another Lucene version (" + e.getMessage()
            + "); re-ingest into a new --store, or delete " + store + " and ingest again", e);
  }

  /**
   * Returns the user data of the commit this index was opened at, plus later changes.
   *
   * @return user data, sorted by key
   */
  Map<String, String> userData() {
    return userData;
  }

  /**
   * Commits all pending changes durably with the index's user data, then refreshes searchers.
   *
   * @throws IOException when the commit fails
   */
  void commit() throws IOException {
    IndexWriter w = writer();
    w.setLiveCommitData(new LinkedHashMap<>(userData).entrySet());
    w.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Merges the index into one segment and commits: searches then walk one term dictionary and one
   * HNSW graph instead of one per segment. Costs a rewrite of the whole index.
   *
   * @throws IOException when merging or committing fails
   */
  void compact() throws IOException {
    writer().forceMerge(1, true);
    commit();
  }

  /**
   * Returns the number of segments searchers currently see.
   *
   * @return the segment count
   * @throws IOException when the index cannot be read
   */
  int segments() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().leaves().size();
    } finally {
      release(searcher);
    }
  }

  /**
   * Makes changes not yet committed visible to searchers (near-real-time).
   *
   * @throws IOException when the refresh fails
   */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /**
   * Returns the writer.
   *
   * @return the writer
   * @throws IllegalStateException when the index was opened read-only
   */
  IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException(
          "index '" + path + "' was opened read-only; open the store with WiretraceStore.open to write");
    }
    return writer;
  }

  /**
   * Returns whether the index was opened read-only.
   *
   * @return true when no writer is held
   */
  boolean readOnly() {
    return writer == null;
  }

  /**
   * Acquires a searcher; release it with {@link #release}. Read-only indexes first pick up commits
   * made meanwhile by another process.
   *
   * @return a searcher over the latest visible state
   * @throws IOException when refreshing fails
   */
  IndexSearcher acquire() throws IOException {
    if (writer == null) {
      searchers.maybeRefresh();
    }
    return searchers.acquire();
  }

  /**
   * Releases a searcher from {@link #acquire}.
   *
   * @param searcher the searcher
   * @throws IOException when closing a stale reader fails
   */
  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /**
   * Returns the index directory.
   *
   * @return the path
   */
  Path path() {
    return path;
  }

  /**
   * Discards uncommitted changes after a failed write and reopens the writer at the last commit.
   *
   * @return a fresh index at the last commit
   * @throws IOException when reopening fails
   */
  SubIndex rollbackAndReopen() throws IOException {
    String kind = userData.get(StoreSchema.KEY_KIND);
    searchers.close();
    writer().rollback();
    directory.close();
    return openWritable(path, kind == null ? "" : kind, userData);
  }

  @Override
  public void close() throws IOException {
    try (directory; searchers) {
      if (writer != null) {
        writer.close();
      }
    }
  }
}
