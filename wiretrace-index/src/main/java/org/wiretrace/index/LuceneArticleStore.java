package org.wiretrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.StrippedChrome;
import org.wiretrace.store.ArticleStore;

/**
 * The {@link ArticleStore} kept in a Lucene index, one Lucene document per article.
 *
 * <p>Each article is stored as its original text, its origin and a compact JSON of everything else
 * ({@link ArticleCodec}), and it is indexed by id, outlet and published instant (point + doc values)
 * for listing, filtering and the store statistics. A content hash (SHA-256 of text and metadata,
 * origin excluded) decides whether a re-ingested article is unchanged.
 *
 * <p>Each {@link #put} is one Lucene commit: the batch becomes visible and durable together, and a
 * crash before the commit leaves the store at the previous batch. Puts are serialised; reads run
 * concurrently on the last committed state. Obtain instances from {@link WiretraceStore}.
 */
public final class LuceneArticleStore implements ArticleStore {

  private volatile SubIndex index;

  LuceneArticleStore(SubIndex index) {
    this.index = index;
  }

  /** An article with its encoded metadata and content hash, computed before anything is written. */
  private record Encoded(Article article, byte[] meta, String hash) {
    static Encoded of(Article article) {
      byte[] meta = ArticleCodec.encode(article);
      return new Encoded(article, meta, contentHash(article.text(), meta));
    }

    String id() {
      return article.id().value();
    }
  }

  @Override
  public synchronized PutResult put(Collection<Article> articles, OnExisting onExisting)
      throws IOException {
    if (index.readOnly()) {
      throw new IllegalStateException("article store '" + index.path()
          + "' was opened read-only; open the store with WiretraceStore.open to ingest");
    }
    List<Encoded> batch = articles.stream().map(Encoded::of).toList();
    Plan plan = plan(batch, onExisting);
    if (!plan.writes.isEmpty()) {
      write(plan.writes);
    }
    return new PutResult(plan.added, plan.replaced, plan.unchanged, plan.conflicting);
  }

  /** What one put will write, and the counts it reports. */
  private static final class Plan {
    final List<Encoded> writes = new ArrayList<>();
    final List<String> conflicting = new ArrayList<>();
    int added;
    int replaced;
    int unchanged;
  }

  /** Decides per article; a later copy of an id in the same batch sees the earlier one as stored. */
  private Plan plan(List<Encoded> batch, OnExisting onExisting) throws IOException {
    Plan plan = new Plan();
    Map<String, String> pending = new HashMap<>();
    IndexSearcher searcher = index.acquire();
    try {
      for (Encoded e : batch) {
        String stored = pending.containsKey(e.id()) ? pending.get(e.id()) : storedHash(searcher, e.id());
        decide(plan, e, stored, onExisting, pending);
      }
    } finally {
      index.release(searcher);
    }
    return plan;
  }

  private static void decide(Plan plan, Encoded e, @Nullable String stored, OnExisting onExisting,
      Map<String, String> pending) {
    if (stored == null) {
      plan.added++;
    } else if (stored.equals(e.hash())) {
      plan.unchanged++;
      return;
    } else if (onExisting == OnExisting.KEEP) {
      plan.conflicting.add(e.id());
      return;
    } else {
      plan.replaced++;
    }
    plan.writes.add(e);
    pending.put(e.id(), e.hash());
  }

  /** Adds the documents and commits; on failure rolls back to the last commit and rethrows. */
  private void write(List<Encoded> writes) throws IOException {
    try {
      for (Encoded e : writes) {
        index.writer().updateDocument(new Term(StoreSchema.ID, e.id()), document(e));
      }
      index.commit();
    } catch (IOException | RuntimeException failure) {
      index = index.rollbackAndReopen();
      throw failure;
    }
  }

  private static Document document(Encoded e) {
    Article a = e.article();
    Document doc = new Document();
    doc.add(new StringField(StoreSchema.ID, e.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(StoreSchema.ID, new BytesRef(e.id())));
    if (a.outlet() != null) {
      doc.add(new StringField(StoreSchema.OUTLET, a.outlet().name(), Field.Store.NO));
      doc.add(new SortedDocValuesField(StoreSchema.OUTLET, new BytesRef(a.outlet().name())));
    }
    if (a.published() != null) {
      long millis = epochMillis(a);
      doc.add(new LongPoint(StoreSchema.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(StoreSchema.PUBLISHED, millis));
    }
    doc.add(new NumericDocValuesField(StoreSchema.SENTENCE_COUNT, a.sentences().size()));
    for (StrippedChrome c : a.stripped()) {
      doc.add(new SortedNumericDocValuesField(StoreSchema.CHROME, c.kind().ordinal()));
    }
    doc.add(new StoredField(StoreSchema.TEXT, a.text()));
    doc.add(new StoredField(StoreSchema.META, e.meta()));
    doc.add(new StoredField(StoreSchema.HASH, e.hash()));
    if (a.origin() != null) {
      doc.add(new StoredField(StoreSchema.ORIGIN, a.origin()));
    }
    return doc;
  }

  /** Epoch milliseconds, clamped for instants beyond the long range of milliseconds. */
  private static long epochMillis(Article a) {
    try {
      return a.published().instant().toEpochMilli();
    } catch (ArithmeticException e) {
      return a.published().instant().isBefore(java.time.Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static String contentHash(String text, byte[] meta) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      return HexFormat.of().formatHex(digest.digest(meta));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256, which every Java platform must have", e);
    }
  }

  private static @Nullable String storedHash(IndexSearcher searcher, String id) throws IOException {
    int doc = find(searcher, id);
    return doc < 0 ? null : searcher.storedFields().document(doc, Set.of(StoreSchema.HASH)).get(StoreSchema.HASH);
  }

  private static int find(IndexSearcher searcher, String id) throws IOException {
    ScoreDoc[] hits = searcher.search(new TermQuery(new Term(StoreSchema.ID, id)), 1).scoreDocs;
    return hits.length == 0 ? -1 : hits[0].doc;
  }

  @Override
  public Optional<Article> get(ArticleId id) throws IOException {
    SubIndex current = index;
    IndexSearcher searcher = current.acquire();
    try {
      int doc = find(searcher, id.value());
      return doc < 0 ? Optional.empty() : Optional.of(load(searcher.storedFields(), doc));
    } finally {
      current.release(searcher);
    }
  }

  /**
   * Reads one stored article.
   *
   * @param fields stored fields of the reader holding the document
   * @param doc the document number in that reader
   * @return the article
   * @throws IOException when the document cannot be read
   */
  static Article load(StoredFields fields, int doc) throws IOException {
    Document d = fields.document(doc);
    IndexableField meta = d.getField(StoreSchema.META);
    BytesRef bytes = meta.binaryValue();
    byte[] json = java.util.Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
    return ArticleCodec.decode(d.get(StoreSchema.TEXT), json, d.get(StoreSchema.ORIGIN));
  }

  /**
   * Streams all articles in id order (UTF-8 byte order of the ids, which equals {@link Article#BY_ID}
   * unless ids mix supplementary characters with characters above U+E000). Articles are read one at
   * a time from the state of the store when the stream is created; close the stream to release it.
   *
   * @return the articles
   * @throws IOException when the store cannot be read
   */
  @Override
  public Stream<Article> all() throws IOException {
    return stream(ArticleCursor.ARTICLES);
  }

  /**
   * Streams the ids of all stored articles in the order of {@link #all()}, reading no article.
   * Close the stream when done.
   *
   * @return the ids
   * @throws IOException when the store cannot be read
   */
  public Stream<ArticleId> ids() throws IOException {
    return stream(ArticleCursor.IDS);
  }

  private <T> Stream<T> stream(ArticleCursor.Loader<T> loader) throws IOException {
    SubIndex current = index;
    IndexSearcher searcher = current.acquire();
    try {
      ArticleCursor<T> cursor = new ArticleCursor<>(searcher.getIndexReader(), loader);
      return cursor.stream().onClose(() -> release(current, searcher));
    } catch (IOException | RuntimeException e) {
      current.release(searcher);
      throw e;
    }
  }

  private static void release(SubIndex index, IndexSearcher searcher) {
    try {
      index.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int count() throws IOException {
    SubIndex current = index;
    IndexSearcher searcher = current.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      current.release(searcher);
    }
  }

  /**
   * Returns counts over all stored articles, read from doc values (no article is decoded).
   *
   * @return the article part of the store statistics
   * @throws IOException when the store cannot be read
   */
  ArticleCounts counts() throws IOException {
    SubIndex current = index;
    IndexSearcher searcher = current.acquire();
    try {
      return ArticleCounts.of(searcher.getIndexReader());
    } finally {
      current.release(searcher);
    }
  }

  /**
   * Merges the article index into one segment.
   *
   * @throws IOException when merging fails
   */
  synchronized void compact() throws IOException {
    index.compact();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
