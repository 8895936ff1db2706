package org.wiretrace.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.model.ArticleId;

/**
 * The {@link CandidateIndex} kept in a Lucene index.
 *
 * <p><b>Layout.</b> Each article is a block of documents replaced together: one article document
 * whose multi-valued keyword field {@code term} holds its fingerprint terms (LSH band keys, anchor
 * shingles), and one document per sentence vector holding a {@link KnnFloatVectorField} (HNSW graph,
 * {@link VectorSimilarityFunction#DOT_PRODUCT} on vectors normalised to unit length, i.e. cosine).
 * All documents carry the article id as keyword and sorted doc values.
 *
 * <p><b>Term tier.</b> {@link TermTierSearch}: an exact count of the query terms each stored article
 * holds, made by walking the postings of the query terms (no clause limit; a constant-score boolean
 * query gives the same hits and is kept as the reference); ties are broken by id.
 *
 * <p><b>Vector tier.</b> {@link VectorTierSearch}: one approximate k-nearest-neighbour search per
 * query sentence ({@code KnnFloatVectorQuery}); hits are aggregated per article into how many query
 * sentences had it among their neighbours and its best cosine. HNSW is approximate (recall below 1
 * on large indexes), which suits a candidate tier whose pairs are verified afterwards.
 *
 * <p><b>Durability.</b> {@link #put} is visible to {@link #search} at once and durable at the next
 * {@link #commit()}; {@link #putAll} commits itself. Closing commits pending changes. Every
 * fingerprint must carry the index's params stamp; vectors must keep one dimension count.
 * Thread-safe.
 */
public final class LuceneCandidateIndex implements CandidateIndex {

  private static final System.Logger LOG = System.getLogger(LuceneCandidateIndex.class.getName());

  private final SubIndex index;
  private final String paramsStamp;
  private final Object writeLock = new Object();
  /** Changes not yet committed. */
  private volatile boolean uncommitted;
  /** Changes not yet visible to searchers. */
  private volatile boolean stale;
  private volatile int dimensions;

  LuceneCandidateIndex(SubIndex index) throws IOException {
    this.index = index;
    this.paramsStamp = index.userData().getOrDefault(StoreSchema.KEY_PARAMS, "");
    this.dimensions = storedDimensions(index);
  }

  private static int storedDimensions(SubIndex index) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      FieldInfo field = FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(StoreSchema.VECTOR);
      return field == null ? 0 : field.getVectorDimension();
    } finally {
      index.release(searcher);
    }
  }

  /**
   * Returns the sketch params stamp every fingerprint of this index must carry.
   *
   * @return the stamp
   */
  public String paramsStamp() {
    return paramsStamp;
  }

  @Override
  public void put(ArticleId id, Fingerprints fingerprints) throws IOException {
    write(Map.of(id.value(), prepare(id, fingerprints)));
  }

  /**
   * Stores or replaces the fingerprints of several articles and commits once. All are checked
   * before any is written, so a bad one leaves the index unchanged.
   *
   * @param fingerprints fingerprints by article
   * @throws IOException when the index cannot be written
   * @throws IllegalArgumentException when a params stamp or vector dimension differs from the index's
   */
  public void putAll(Map<ArticleId, Fingerprints> fingerprints) throws IOException {
    Map<String, List<Document>> blocks = new TreeMap<>();
    for (Map.Entry<ArticleId, Fingerprints> e : fingerprints.entrySet()) {
      blocks.put(e.getKey().value(), prepare(e.getKey(), e.getValue()));
    }
    write(blocks);
    commit();
  }

  /** Checks the stamp and vectors and builds the article's documents; writes nothing. */
  private List<Document> prepare(ArticleId id, Fingerprints fingerprints) {
    requireStamp(fingerprints);
    return documents(id.value(), fingerprints, unitVectors(id.value(), fingerprints.sentenceVectors()));
  }

  /** Replaces each article's block of documents (article document + sentence documents). */
  private void write(Map<String, List<Document>> blocks) throws IOException {
    synchronized (writeLock) {
      for (Map.Entry<String, List<Document>> block : blocks.entrySet()) {
        index.writer().updateDocuments(new Term(StoreSchema.CANDIDATE_ID, block.getKey()), block.getValue());
      }
      changed();
    }
  }

  /**
   * Removes an article's fingerprints (visible at once, durable at the next commit).
   *
   * @param id the article
   * @throws IOException when the index cannot be written
   */
  public void delete(ArticleId id) throws IOException {
    synchronized (writeLock) {
      index.writer().deleteDocuments(new Term(StoreSchema.CANDIDATE_ID, id.value()));
      changed();
    }
  }

  /**
   * Makes all puts so far durable in one Lucene commit.
   *
   * @throws IOException when the commit fails
   */
  public void commit() throws IOException {
    synchronized (writeLock) {
      if (!index.readOnly()) {
        index.commit();
        uncommitted = false;
        stale = false;
      }
    }
  }

  /**
   * Commits pending puts and merges the index into one segment, so each query walks one HNSW graph
   * and one term dictionary; worth it after a bulk ingest, costly to repeat after every batch.
   *
   * @throws IOException when merging fails
   */
  public void compact() throws IOException {
    synchronized (writeLock) {
      index.compact();
      uncommitted = false;
      stale = false;
    }
  }

  /**
   * Returns the number of index segments searches walk (1 after {@link #compact()}).
   *
   * @return the segment count
   * @throws IOException when the index cannot be read
   */
  public int segments() throws IOException {
    refreshIfStale();
    return index.segments();
  }

  private void changed() {
    uncommitted = true;
    stale = true;
  }

  /** Makes puts visible to searches before one runs (near-real-time reopen). */
  private void refreshIfStale() throws IOException {
    if (stale) {
      stale = false;
      index.refresh();
    }
  }

  private void requireStamp(Fingerprints fingerprints) {
    if (!paramsStamp.equals(fingerprints.paramsStamp())) {
      throw new IllegalArgumentException("fingerprints made with sketch params '"
          + fingerprints.paramsStamp() + "' cannot go into candidate index '" + index.path()
          + "' built with '" + paramsStamp + "'; use the store's params or a new --store");
    }
  }

  /**
   * Checks one dimension count across the index and normalises to unit length. A vector without a
   * direction (empty, all zeros, not finite: a sentence with no content words) is left out of the
   * vector tier with a note; the article stays searchable by its terms.
   */
  private List<float[]> unitVectors(String id, List<float[]> vectors) {
    List<float[]> unit = new ArrayList<>(vectors.size());
    int skipped = 0;
    for (float[] v : vectors) {
      if (!VectorMath.usable(v)) {
        skipped++;
        continue;
      }
      requireDimensions(id, v.length);
      unit.add(VectorMath.normalised(v, id));
    }
    if (skipped > 0) {
      LOG.log(System.Logger.Level.DEBUG, "{0}: {1} sentence vector(s) empty, zero or not finite; "
          + "left to the term tier", id, skipped);
    }
    return unit;
  }

  private synchronized void requireDimensions(String id, int length) {
    if (dimensions == 0 && length > 0) {
      dimensions = length;
    } else if (length != dimensions) {
      throw new IllegalArgumentException("sentence vector of '" + id + "' has " + length
          + " dimensions but candidate index '" + index.path() + "' holds " + dimensions
          + "-dimensional vectors; embed with the model the store was built with, or use a new --store");
    }
  }

  private static List<Document> documents(String id, Fingerprints fingerprints, List<float[]> vectors) {
    List<Document> docs = new ArrayList<>(1 + vectors.size());
    Document article = keyed(id, StoreSchema.TYPE_ARTICLE);
    for (String term : fingerprints.terms()) {
      article.add(new StringField(StoreSchema.TERM, term, Field.Store.NO));
    }
    docs.add(article);
    for (float[] v : vectors) {
      Document sentence = keyed(id, StoreSchema.TYPE_SENTENCE);
      sentence.add(new KnnFloatVectorField(StoreSchema.VECTOR, v, VectorSimilarityFunction.DOT_PRODUCT));
      docs.add(sentence);
    }
    return docs;
  }

  private static Document keyed(String id, String type) {
    Document doc = new Document();
    doc.add(new StringField(StoreSchema.CANDIDATE_ID, id, Field.Store.NO));
    doc.add(new SortedDocValuesField(StoreSchema.CANDIDATE_ID, new BytesRef(id)));
    doc.add(new StringField(StoreSchema.TYPE, type, Field.Store.NO));
    return doc;
  }

  /** How the term tier is evaluated; both give the same hits (see {@link TermTierSearch}). */
  enum TermTier {
    /** A Lucene disjunction of constant-score term clauses, sorted by score then id (reference). */
    BOOLEAN_QUERY,
    /** A direct count over the postings of each query term (used by {@link #search}). */
    POSTINGS
  }

  @Override
  public List<Hit> search(Fingerprints query, int termLimit, int neighboursPerSentence) throws IOException {
    return search(query, termLimit, neighboursPerSentence, TermTier.POSTINGS);
  }

  /**
   * Searches with a chosen term-tier evaluation; for tests and measurements.
   *
   * @param query the query's fingerprints
   * @param termLimit most hits from the term tier
   * @param neighboursPerSentence nearest sentences per query vector
   * @param tier how to evaluate the term tier
   * @return hits, best first
   * @throws IOException when the index cannot be read
   */
  List<Hit> search(Fingerprints query, int termLimit, int neighboursPerSentence, TermTier tier)
      throws IOException {
    requireStamp(query);
    List<float[]> vectors = neighboursPerSentence > 0
        ? unitVectorsForQuery(query.sentenceVectors())
        : List.of();
    refreshIfStale();
    IndexSearcher searcher = index.acquire();
    try {
      Map<String, HitTally> tallies = new TreeMap<>();
      if (tier == TermTier.BOOLEAN_QUERY) {
        TermTierSearch.search(searcher, query.terms(), termLimit, tallies);
      } else {
        TermTierSearch.searchByPostings(searcher, query.terms(), termLimit, tallies);
      }
      VectorTierSearch.search(searcher, vectors, neighboursPerSentence, tallies);
      return ranked(tallies);
    } finally {
      index.release(searcher);
    }
  }

  /** Query vectors against an index without vectors (yet) find nothing, whatever their length. */
  private List<float[]> unitVectorsForQuery(List<float[]> vectors) throws IOException {
    if (dimensions == 0) {
      dimensions = storedDimensions(index);
    }
    return dimensions == 0 ? List.of() : unitVectors("query", vectors);
  }

  private static List<Hit> ranked(Map<String, HitTally> tallies) {
    return tallies.entrySet().stream()
        .map(e -> e.getValue().toHit(e.getKey()))
        .sorted(HIT_ORDER)
        .toList();
  }

  /** Most shared terms, then most vector matches, then id. */
  static final Comparator<Hit> HIT_ORDER = Comparator.comparingInt(Hit::sharedTerms).reversed()
      .thenComparing(Comparator.comparingInt(Hit::vectorMatches).reversed())
      .thenComparing(Hit::id);

  /**
   * Returns whether an article has fingerprints here (committed or not).
   *
   * @param id the article
   * @return true when stored
   * @throws IOException when the index cannot be read
   */
  public boolean contains(ArticleId id) throws IOException {
    return countMatching(new Term(StoreSchema.CANDIDATE_ID, id.value())) > 0;
  }

  /**
   * Returns the number of articles with fingerprints.
   *
   * @return the count
   * @throws IOException when the index cannot be read
   */
  public int count() throws IOException {
    return countMatching(new Term(StoreSchema.TYPE, StoreSchema.TYPE_ARTICLE));
  }

  /**
   * Returns the number of stored sentence vectors.
   *
   * @return the count
   * @throws IOException when the index cannot be read
   */
  public long sentenceVectorCount() throws IOException {
    return countMatching(new Term(StoreSchema.TYPE, StoreSchema.TYPE_SENTENCE));
  }

  private int countMatching(Term term) throws IOException {
    refreshIfStale();
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.count(new TermQuery(term));
    } finally {
      index.release(searcher);
    }
  }

  /**
   * Commits pending puts, then closes the index.
   *
   * @throws IOException when committing or closing fails
   */
  @Override
  public void close() throws IOException {
    try (index) {
      if (uncommitted) {
        commit();
      }
    }
  }
}
