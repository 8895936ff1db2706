package org.wiretrace.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.internal.Hashing;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.store.ArticleStore.OnExisting;

/**
 * Measures the store on invented data: article put throughput, size on disk, term-tier and
 * vector-tier search latency. Not a test and not a benchmark with statistics: a one-shot harness
 * whose figures go into the module report. Run (from the repository root, after a build):
 *
 * <pre>
 * ./mvnw -q -o -pl wiretrace-index dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
 *   -cp "$(cat /tmp/cp.txt):wiretrace-index/target/classes:wiretrace-index/target/test-classes" \
 *   org.wiretrace.index.StoreMeasure /tmp/wiretrace-measure 20000 10 384
 * </pre>
 *
 * Arguments: an empty scratch directory, articles, sentence vectors per article, vector dimensions.
 * Then {@code StoreMeasure DIR compact 384} times vector search before and after compaction.
 */
public final class StoreMeasure {

  private static final String STAMP = "measure:k5:p128:s42:b32x4";
  private static final int BATCH = 500;
  private static final int WORDS = 600;
  private static final int BANDS = 32;

  private StoreMeasure() {}

  /**
   * Runs all measurements and prints them.
   *
   * @param args directory, articles, vectors per article, dimensions
   * @throws IOException when the store fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    if (args[1].equals("compact")) {
      compactExisting(dir, Integer.parseInt(args[2]));
      return;
    }
    int articles = Integer.parseInt(args[1]);
    int vectorsPerArticle = Integer.parseInt(args[2]);
    int dims = Integer.parseInt(args[3]);
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      double cpu0 = cpuSeconds();
      List<SortedSet<String>> terms = ingest(store, articles);
      double cpu1 = cpuSeconds();
      indexVectors(store, articles, vectorsPerArticle, dims);
      print("process CPU: ingest (incl. ArticleFactory) %.1f s, vectors %.1f s", cpu1 - cpu0, cpuSeconds() - cpu1);
      print("store size: articles/ %.1f MB = %.2f MB per 1000 articles; candidates/ %.1f MB; total %.1f MB",
          mb(dir.resolve("articles")), mb(dir.resolve("articles")) * 1000 / articles,
          mb(dir.resolve("candidates")), mb(dir));
      termSearch(store, terms);
      longTermSearch(store, terms);
      vectorSearch(store, dims);
    }
  }

  /** On a store made by a full run: vector search latency, compaction time, latency again. */
  private static void compactExisting(Path dir, int dims) throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      print("segments before compact: %d", store.candidates().segments());
      vectorSearch(store, dims);
      double cpu0 = cpuSeconds();
      long t0 = System.nanoTime();
      store.compact();
      print("compact: %.1f s wall, %.1f s CPU; segments after: %d", (System.nanoTime() - t0) / 1e9,
          cpuSeconds() - cpu0, store.candidates().segments());
      vectorSearch(store, dims);
      print("store size after compact: %.1f MB", mb(dir));
    }
  }

  /** Puts articles in batches of 500, timing put alone; returns each article's terms. */
  private static List<SortedSet<String>> ingest(WiretraceStore store, int count) throws IOException {
    Random random = new Random(42);
    List<SortedSet<String>> terms = new ArrayList<>(count);
    long putNanos = 0;
    long createNanos = 0;
    long fingerprintNanos = 0;
    long putCpu = 0;
    long fingerprintCpu = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int start = 0; start < count; start += BATCH) {
      long t0 = System.nanoTime();
      List<Article> batch = new ArrayList<>(BATCH);
      for (int i = start; i < Math.min(count, start + BATCH); i++) {
        batch.add(TestArticles.random(random, String.format(Locale.ROOT, "art-%06d", i), WORDS));
      }
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      store.articles().put(batch, OnExisting.KEEP);
      putCpu += threads.getCurrentThreadCpuTime() - c1;
      putNanos += System.nanoTime() - t1;
      Map<ArticleId, Fingerprints> fingerprints = new TreeMap<>();
      for (Article a : batch) {
        SortedSet<String> t = terms(a, random);
        terms.add(t);
        fingerprints.put(a.id(), new Fingerprints(t, List.of(), STAMP));
      }
      long t2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      store.candidates().putAll(fingerprints);
      fingerprintCpu += threads.getCurrentThreadCpuTime() - c2;
      long t3 = System.nanoTime();
      createNanos += t1 - t0;
      fingerprintNanos += t3 - t2;
    }
    print("articles: %d of ~%d words in batches of %d", count, WORDS, BATCH);
    print("article put: %.0f articles/s wall (%.1f s; ArticleFactory time excluded: %.1f s); "
        + "%.0f articles per CPU-second of the putting thread", count / (putNanos / 1e9), putNanos / 1e9,
        createNanos / 1e9, count / (putCpu / 1e9));
    print("candidate putAll (terms only, ~%d terms/article): %.0f articles/s wall; %.0f per thread CPU-second",
        terms.stream().mapToInt(SortedSet::size).sum() / Math.max(1, count), count / (fingerprintNanos / 1e9),
        count / (fingerprintCpu / 1e9));
    return terms;
  }

  /** 32 LSH band keys (collisions made likely) plus every 4th word 5-gram shingle as anchor terms. */
  private static SortedSet<String> terms(Article a, Random random) {
    SortedSet<String> terms = new TreeSet<>();
    for (int b = 0; b < BANDS; b++) {
      terms.add("band" + b + ":" + random.nextInt(1_000_000));
    }
    String[] words = a.text().split("\\s+");
    for (int i = 0; i + 5 <= words.length; i += 4) {
      String shingle = String.join(" ", Arrays.copyOfRange(words, i, i + 5));
      terms.add("sh:" + Long.toHexString(Hashing.hash64(shingle, 42)));
    }
    return terms;
  }

  private static void indexVectors(WiretraceStore store, int count, int perArticle, int dims) throws IOException {
    Random random = new Random(7);
    long t0 = System.nanoTime();
    for (int start = 0; start < count; start += BATCH) {
      Map<ArticleId, Fingerprints> batch = new TreeMap<>();
      for (int i = start; i < Math.min(count, start + BATCH); i++) {
        List<float[]> vectors = new ArrayList<>(perArticle);
        for (int s = 0; s < perArticle; s++) {
          vectors.add(randomVector(random, dims));
        }
        batch.put(ArticleId.of(String.format(Locale.ROOT, "vec-%06d", i)), new Fingerprints(new TreeSet<>(), vectors, STAMP));
      }
      store.candidates().putAll(batch);
    }
    print("vectors: %d articles x %d sentences x %d dims indexed (HNSW) in %.1f s = %.0f vectors/s",
        count, perArticle, dims, (System.nanoTime() - t0) / 1e9, count * perArticle / ((System.nanoTime() - t0) / 1e9));
  }

  private static float[] randomVector(Random random, int dims) {
    float[] v = new float[dims];
    for (int i = 0; i < dims; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }

  private static void termSearch(WiretraceStore store, List<SortedSet<String>> terms) throws IOException {
    Random random = new Random(3);
    List<SortedSet<String>> queries = new ArrayList<>();
    for (int q = 0; q < 300; q++) {
      SortedSet<String> query = new TreeSet<>(terms.get(random.nextInt(terms.size())));
      query.addAll(terms.get(random.nextInt(terms.size())));
      queries.add(query);
    }
    String label = String.format(Locale.ROOT, "term search (query = 2 stored articles' ~%d terms, limit 50)",
        queries.stream().mapToInt(SortedSet::size).sum() / queries.size());
    timeTiers(store, label, queries);
  }

  private static void longTermSearch(WiretraceStore store, List<SortedSet<String>> terms) throws IOException {
    Random random = new Random(5);
    List<SortedSet<String>> queries = new ArrayList<>();
    for (int q = 0; q < 60; q++) {
      SortedSet<String> query = new TreeSet<>();
      while (query.size() < 3000) {
        query.addAll(terms.get(random.nextInt(terms.size())));
      }
      queries.add(query);
    }
    timeTiers(store, "term search with >= 3000 query terms (> 1024 clauses)", queries);
  }

  /** Times both term-tier evaluations on the same queries, interleaved, after a warm-up. */
  private static void timeTiers(WiretraceStore store, String label, List<SortedSet<String>> queries)
      throws IOException {
    for (LuceneCandidateIndex.TermTier tier : LuceneCandidateIndex.TermTier.values()) {
      for (int warm = 0; warm < Math.min(50, queries.size()); warm++) {
        query(store, queries.get(warm), tier);
      }
    }
    long[][] nanos = new long[2][queries.size()];
    long hits = 0;
    for (int q = 0; q < queries.size(); q++) {
      for (LuceneCandidateIndex.TermTier tier : LuceneCandidateIndex.TermTier.values()) {
        long t0 = System.nanoTime();
        hits += query(store, queries.get(q), tier);
        nanos[tier.ordinal()][q] = System.nanoTime() - t0;
      }
    }
    print("%s, mean hits %.1f:", label, hits / 2.0 / queries.size());
    for (LuceneCandidateIndex.TermTier tier : LuceneCandidateIndex.TermTier.values()) {
      print("  %-13s %s", tier, percentiles(nanos[tier.ordinal()]));
    }
  }

  private static int query(WiretraceStore store, SortedSet<String> terms, LuceneCandidateIndex.TermTier tier)
      throws IOException {
    return store.candidates().search(new Fingerprints(terms, List.of(), STAMP), 50, 0, tier).size();
  }

  private static void vectorSearch(WiretraceStore store, int dims) throws IOException {
    Random random = new Random(11);
    int queries = 100;
    int sentences = 20;
    long[] nanos = new long[queries];
    double cpu0 = cpuSeconds();
    for (int q = -20; q < queries; q++) {
      List<float[]> vectors = new ArrayList<>(sentences);
      for (int s = 0; s < sentences; s++) {
        vectors.add(randomVector(random, dims));
      }
      long t0 = System.nanoTime();
      store.candidates().search(new Fingerprints(new TreeSet<>(), vectors, STAMP), 0, 10);
      if (q >= 0) {
        nanos[q] = System.nanoTime() - t0;
      }
    }
    print("vector search (article of %d sentences, k=10 per sentence): %s per article query; %.1f ms CPU each",
        sentences, percentiles(nanos), (cpuSeconds() - cpu0) * 1000 / (queries + 20));
  }

  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, max %.2f ms", sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
  }

  private static double mb(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1e6;
    }
  }

  /** CPU seconds used by the whole process so far (all threads, merges included). */
  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
