package org.wiretrace.candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.wiretrace.model.ArticleId;

/**
 * A {@link CandidateIndex} in memory, for tests, one-off runs and the Spark job's partitions.
 *
 * <p>Terms go to posting lists; a query counts, per stored article, how many of its terms it
 * shares (a "count-min" scan over the query's posting lists, linear in their total length).
 * Sentence vectors go to {@link VectorBuckets} (random-hyperplane LSH), and each query vector's
 * bucket mates are ranked by exact cosine to find its nearest stored sentences. Maps are used for
 * lookup only; results are sorted (most shared terms, then vector matches, then best cosine, then
 * id), so the output never depends on hash order. Replacing an article tombstones the old entry.
 * Thread-safe (read-write lock).
 */
public final class InMemoryCandidateIndex implements CandidateIndex {

  private static final int TABLES = 10;
  private static final int BITS = 12;
  private static final float MIN_COSINE = 0.5f;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, IntList> postings = new HashMap<>();
  private final Map<Long, IntList> buckets = new HashMap<>();
  private final Map<ArticleId, Integer> docsById = new HashMap<>();
  private final List<ArticleId> ids = new ArrayList<>();
  private final List<Boolean> live = new ArrayList<>();
  private float[] vectorData = new float[0];
  private int vectorCount;
  private final IntList vectorOwner = new IntList();
  private final long seed;
  private String stamp;
  private VectorBuckets hyperplanes;

  /** Creates an empty index with hyperplane seed 42. */
  public InMemoryCandidateIndex() {
    this(42);
  }

  /**
   * Creates an empty index.
   *
   * @param seed seed of the vector hyperplanes
   */
  public InMemoryCandidateIndex(long seed) {
    this.seed = seed;
  }

  @Override
  public void put(ArticleId id, Fingerprints fingerprints) {
    lock.writeLock().lock();
    try {
      checkStamp(fingerprints);
      Integer old = docsById.get(id);
      if (old != null) {
        live.set(old, false);
      }
      int doc = ids.size();
      ids.add(id);
      live.add(true);
      docsById.put(id, doc);
      for (String term : fingerprints.terms()) {
        postings.computeIfAbsent(term, t -> new IntList()).add(doc);
      }
      for (float[] v : fingerprints.sentenceVectors()) {
        addVector(doc, v);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public List<Hit> search(Fingerprints query, int termLimit, int neighboursPerSentence) {
    lock.readLock().lock();
    try {
      if (stamp != null && !stamp.equals(query.paramsStamp())) {
        throw mismatch(query.paramsStamp());
      }
      int[] shared = new int[ids.size()];
      for (String term : query.terms()) {
        IntList docs = postings.get(term);
        if (docs != null) {
          docs.forEach(d -> shared[d]++);
        }
      }
      int[] matches = new int[ids.size()];
      float[] best = new float[ids.size()];
      for (float[] v : query.sentenceVectors()) {
        neighbours(v, neighboursPerSentence, matches, best);
      }
      return rank(shared, matches, best, termLimit);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Returns the vector-tier bucket keys of a sentence vector, one per hyperplane table: a stored
   * sentence can be among a query sentence's neighbours in {@link #search} only if they share a key.
   * Lets a distributed caller (the Spark job) find, by joining on keys, every article a query could
   * reach, and then search an index holding just those articles with the same result.
   *
   * @param vector a sentence vector
   * @return the keys; the same for the same vector, seed and dimensions
   */
  public long[] bucketKeys(float[] vector) {
    lock.writeLock().lock();
    try {
      if (hyperplanes == null) {
        hyperplanes = new VectorBuckets(vector.length, TABLES, BITS, seed);
      }
      return vector.length == hyperplanes.dimensions() ? hyperplanes.keys(vector) : new long[0];
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Returns the number of live stored articles.
   *
   * @return the count
   */
  public int size() {
    lock.readLock().lock();
    try {
      return docsById.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void close() {
    // nothing to release
  }

  private void checkStamp(Fingerprints fingerprints) {
    if (stamp == null) {
      stamp = fingerprints.paramsStamp();
    } else if (!stamp.equals(fingerprints.paramsStamp())) {
      throw mismatch(fingerprints.paramsStamp());
    }
  }

  private IllegalArgumentException mismatch(String actual) {
    return new IllegalArgumentException(
        "fingerprints stamped '" + actual + "' do not match this index's '" + stamp
            + "'; rebuild the index with the same detector settings and embedder");
  }

  private void addVector(int doc, float[] v) {
    if (hyperplanes == null) {
      hyperplanes = new VectorBuckets(v.length, TABLES, BITS, seed);
    }
    int dims = hyperplanes.dimensions();
    if (v.length != dims) {
      throw new IllegalArgumentException("sentence vector has " + v.length + " dimensions, the index holds "
          + dims + "; use one embedder per index");
    }
    int index = vectorCount++;
    if (vectorData.length < vectorCount * dims) {
      vectorData = Arrays.copyOf(vectorData, Math.max(vectorCount * dims, vectorData.length * 2));
    }
    System.arraycopy(v, 0, vectorData, index * dims, dims);
    vectorOwner.add(doc);
    for (long key : hyperplanes.keys(v)) {
      buckets.computeIfAbsent(key, k -> new IntList()).add(index);
    }
  }

  /** Finds a query vector's nearest stored sentences and credits their articles. */
  private void neighbours(float[] query, int k, int[] matches, float[] best) {
    if (hyperplanes == null || query.length != hyperplanes.dimensions()) {
      return;
    }
    IntList seen = new IntList();
    for (long key : hyperplanes.keys(query)) {
      IntList mates = buckets.get(key);
      if (mates != null) {
        mates.forEach(seen::add);
      }
    }
    int[] candidates = seen.distinctSorted();
    float[] cosines = dots(query, candidates);
    int close = 0;
    int[] kept = new int[candidates.length];
    float[] keptCos = new float[candidates.length];
    for (int c = 0; c < candidates.length; c++) {
      if (cosines[c] >= MIN_COSINE) {
        kept[close] = candidates[c];
        keptCos[close++] = cosines[c];
      }
    }
    credit(kept, byCosine(keptCos, close), keptCos, k, matches, best);
  }

  /**
   * Positions 0..n-1 ordered by cosine, highest first, ties by position (the candidates are in
   * ascending vector order, so this is the order by vector too). The cosines are at least
   * {@link #MIN_COSINE}, positive and finite, so their float bits order them; packing the descending
   * bits above the position lets a primitive sort do it without boxing.
   */
  private static int[] byCosine(float[] cos, int n) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(cos[i])) << 32) | i;
    }
    Arrays.sort(keys);
    int[] order = new int[n];
    for (int r = 0; r < n; r++) {
      order[r] = (int) keys[r];
    }
    return order;
  }

  private void credit(int[] candidates, int[] order, float[] cos, int k, int[] matches, float[] best) {
    int[] creditedDocs = new int[Math.min(k, order.length)];
    int taken = 0;
    for (int r = 0; r < order.length && taken < k; r++) {
      int i = order[r];
      int doc = vectorOwner.get(candidates[i]);
      if (cos[i] < MIN_COSINE) {
        break;
      }
      if (!live.get(doc)) {
        continue;
      }
      boolean already = false;
      for (int c = 0; c < taken; c++) {
        already |= creditedDocs[c] == doc;
      }
      if (!already) {
        matches[doc]++;
      }
      creditedDocs[taken++] = doc;
      best[doc] = Math.max(best[doc], cos[i]);
    }
  }

  private List<Hit> rank(int[] shared, int[] matches, float[] best, int termLimit) {
    List<Hit> termHits = new ArrayList<>();
    List<Hit> vectorHits = new ArrayList<>();
    for (int d = 0; d < shared.length; d++) {
      if (!live.get(d) || shared[d] == 0 && matches[d] == 0) {
        continue;
      }
      Hit hit = new Hit(ids.get(d), shared[d], matches[d], best[d]);
      (shared[d] > 0 ? termHits : vectorHits).add(hit);
    }
    termHits.sort(ORDER);
    vectorHits.sort(ORDER);
    List<Hit> out = new ArrayList<>(termHits.subList(0, Math.min(termLimit, termHits.size())));
    out.addAll(vectorHits.subList(0, Math.min(termLimit, vectorHits.size())));
    out.sort(ORDER);
    return out;
  }

  private static final Comparator<Hit> ORDER = Comparator.comparingInt((Hit h) -> -h.sharedTerms())
      .thenComparingInt(h -> -h.vectorMatches())
      .thenComparingDouble(h -> -h.bestVectorScore())
      .thenComparing(Hit::id);

  /**
   * The dot products of a query with stored vectors, four at a time: each sum still adds its products
   * one by one in dimension order, so every result is bit for bit {@link #dot}'s, but four independent
   * sums keep the processor's adders busy where one waits on each addition before the next.
   */
  float[] dots(float[] query, int[] vectors) {
    float[] out = new float[vectors.length];
    int dims = query.length;
    int c = 0;
    for (; c + 4 <= vectors.length; c += 4) {
      int b0 = vectors[c] * dims;
      int b1 = vectors[c + 1] * dims;
      int b2 = vectors[c + 2] * dims;
      int b3 = vectors[c + 3] * dims;
      float s0 = 0;
      float s1 = 0;
      float s2 = 0;
      float s3 = 0;
      for (int i = 0; i < dims; i++) {
        float q = query[i];
        s0 += q * vectorData[b0 + i];
        s1 += q * vectorData[b1 + i];
        s2 += q * vectorData[b2 + i];
        s3 += q * vectorData[b3 + i];
      }
      out[c] = s0;
      out[c + 1] = s1;
      out[c + 2] = s2;
      out[c + 3] = s3;
    }
    for (; c < vectors.length; c++) {
      out[c] = dot(query, vectors[c]);
    }
    return out;
  }

  /** One dot product of a query with a stored vector, adding the products in dimension order. */
  float dot(float[] query, int vector) {
    int base = vector * query.length;
    float sum = 0;
    for (int i = 0; i < query.length; i++) {
      sum += query[i] * vectorData[base + i];
    }
    return sum;
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    void forEach(java.util.function.IntConsumer action) {
      for (int i = 0; i < size; i++) {
        action.accept(values[i]);
      }
    }

    int[] distinctSorted() {
      int[] copy = Arrays.copyOf(values, size);
      Arrays.sort(copy);
      int n = 0;
      for (int i = 0; i < copy.length; i++) {
        if (i == 0 || copy[i] != copy[i - 1]) {
          copy[n++] = copy[i];
        }
      }
      return Arrays.copyOf(copy, n);
    }
  }
}
