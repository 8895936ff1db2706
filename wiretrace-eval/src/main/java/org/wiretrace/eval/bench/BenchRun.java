package org.wiretrace.eval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.wiretrace.align.CachingEmbedder;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.ingest.Ingestor;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.store.ArticleStore.OnExisting;
import org.wiretrace.testkit.DerivedKind;
import org.wiretrace.testkit.GeneratorConfig;
import org.wiretrace.testkit.ReuseLabel;
import org.wiretrace.testkit.SyntheticCorpus;

/*
 * End-to-end bench. A seeded corpus of about N articles (base articles plus their copies of every
 * kind, 600-word bases) is generated and written as JSON Lines, then ingested through the real path
 * (Ingestor parses the file; each batch is put into the Lucene store, its fingerprints into the
 * candidate index, and its candidate pairs judged and remembered, as `wiretrace ingest` does; the
 * store is compacted after more than 1,000 articles, as there), timed wall-clock and in process CPU
 * time. Then the report of the whole store, as a fresh `wiretrace report` process makes it (a cold
 * detector reading stored vectors and judgements back), timed the same way; end to end is the
 * articles over the sum of both. Candidate recall: for every
 * labelled reuse pair (capped per kind), is the source among the derived article's candidate hits
 * with enough evidence for a full judgement (or the derived among the source's)? Counted against the labels, and against "brute force": the
 * labelled pairs that a full comparison (compare, no candidate search) judges as reuse, i.e. the
 * pairs the candidate stage must not lose. Trace latency: search + load candidates + trace of sampled
 * stored articles after a warm-up. Embedding throughput on the corpus' sentences for the lexical
 * embedder and, when given, the ONNX one. Memory: heap pool peaks, GC totals, VmHWM. One-shot
 * figures, not statistics (see wiretrace-bench for JMH); the machine's load shows in them.
 */
/** Runs the end-to-end bench and collects its figures. */
public final class BenchRun {

  /** Labelled pairs checked per kind for candidate recall. */
  private static final int RECALL_PAIRS = 400;
  private static final int TRACE_WARMUP_SHARE = 10;
  private static final int LEXICAL_SENTENCES = 20_000;
  private static final int ONNX_SENTENCES = 512;
  private static final int EMBED_BATCH = 64;
  /** The store is compacted after an ingest of more articles than this, as {@code wiretrace ingest} does. */
  private static final int COMPACT_AFTER = 1000;

  private final SentenceEmbedder embedder;
  private final @Nullable SentenceEmbedder onnx;
  private final Consumer<String> log;
  private final DetectorConfig config = DetectorConfig.defaults();
  /** Wall seconds of the last ingest, for the end-to-end figure. */
  private double ingestSeconds;

  /**
   * Creates a bench.
   *
   * @param embedder the embedder the detector uses (the lexical one for the lexical tier)
   * @param onnx a neural embedder to time as well, or null when none is available
   * @param log receives progress lines
   */
  public BenchRun(SentenceEmbedder embedder, @Nullable SentenceEmbedder onnx, Consumer<String> log) {
    this.embedder = embedder;
    this.onnx = onnx;
    this.log = log;
  }

  /**
   * Runs every measurement.
   *
   * @param corpusConfig the generator's settings (bases, seed, mix)
   * @param storeDir an empty or missing directory for the store
   * @param scratch a directory for the generated corpus file
   * @param traceQueries timed trace queries (a tenth as many more warm up)
   * @return the figures
   * @throws IOException when the store or a file fails
   */
  public BenchFigures run(GeneratorConfig corpusConfig, Path storeDir, Path scratch, int traceQueries) throws IOException {
    if (traceQueries < 1) {
      throw new IllegalArgumentException("trace queries = " + traceQueries + "; give --queries 1 or more");
    }
    long seed = corpusConfig.seed();
    BenchFigures figures = new BenchFigures();
    SyntheticCorpus corpus = generate(corpusConfig, figures);
    Path file = scratch.resolve(SyntheticCorpus.ARTICLES_FILE);
    corpus.writeTo(scratch);
    String stamp = config.sketch().stamp() + ":" + embedder.modelName();
    try (WiretraceStore store = WiretraceStore.open(storeDir, stamp)) {
      ReuseDetector detector = storeDetector(store);
      ingest(store, detector, file, figures);
      report(store, figures);
      storeSize(storeDir, figures);
      recall(store, detector, corpus, figures);
      trace(store, corpus, seed, traceQueries, figures);
    }
    embedding(corpus, figures);
    memory(figures);
    return figures;
  }

  private SyntheticCorpus generate(GeneratorConfig corpusConfig, BenchFigures figures) {
    long t0 = System.nanoTime();
    SyntheticCorpus corpus = SyntheticCorpus.generate(corpusConfig);
    log.accept(String.format(Locale.ROOT, "generated %d articles (%d stories, seed %d) in %.1f s",
        corpus.drafts().size(), corpusConfig.articles(), corpusConfig.seed(), seconds(t0)));
    figures.row("corpus", corpus.drafts().size() + " articles",
        String.format(Locale.ROOT, "%d base stories of ~600 words + %d derived (%.0f%%), seed %d", corpusConfig.articles(),
            corpus.labels().size(), 100.0 * corpus.labels().size() / corpus.drafts().size(), corpusConfig.seed()));
    figures.articles(corpus.drafts().size());
    return corpus;
  }

  /**
   * A detector as the commands build one on an open store: sentence vectors through the store's
   * embedding cache (the lexical embedder computes them), pair judgements remembered in (and read back from) the store.
   */
  private ReuseDetector storeDetector(WiretraceStore store) {
    return new ReuseDetector(config, CachingEmbedder.over(embedder, store.embeddings()), store.judgements());
  }

  private void ingest(WiretraceStore store, ReuseDetector detector, Path file, BenchFigures figures) throws IOException {
    Memory.resetPeaks();
    long t0 = System.nanoTime();
    long cpu0 = Memory.processCpuNanos();
    IngestSummary summary = Ingestor.builder().build().ingest(List.of(file.toString()), (batch, progress) -> {
      store.articles().put(batch, OnExisting.REPLACE);
      store.candidates().putAll(detector.fingerprints(batch));
      detector.judgeNew(batch, store.candidates(), store.articles());
    });
    store.candidates().commit();
    if (summary.ingested() > COMPACT_AFTER) {
      store.compact();
    }
    double s = seconds(t0);
    double cpu = (Memory.processCpuNanos() - cpu0) / 1e9;
    double mb = Files.size(file) / 1e6;
    long n = summary.ingested();
    ingestSeconds = s;
    log.accept(String.format(Locale.ROOT, "ingested %d articles in %.1f s", n, s));
    figures.row("ingest + detect", String.format(Locale.ROOT, "%.1f articles/s", n / s),
        String.format(Locale.ROOT, "%d articles, %.1f MB JSONL in %.1f s wall, %.1f s CPU (parse, store, fingerprint, "
            + "index, judge candidate pairs; %s)", n, mb, s, cpu, embedder.modelName()));
    figures.row("ingest + detect", String.format(Locale.ROOT, "%.2f MB/s", mb / s), "input bytes per second");
    figures.row("ingest peak heap", mb(Memory.peakHeapBytes()), "sum of heap pool peaks during ingest");
    figures.key("ingest_aps", n / s);
    figures.key("ingest_cpu_s", cpu);
    figures.key("ingest_mbps", mb / s);
  }

  /** Times the report of the whole store as a fresh process makes it; then end to end. */
  private void report(WiretraceStore store, BenchFigures figures) throws IOException {
    long t0 = System.nanoTime();
    long cpu0 = Memory.processCpuNanos();
    List<Article> stored;
    try (Stream<Article> all = store.articles().all()) {
      stored = all.toList();
    }
    CorpusReport report = storeDetector(store).analyze(stored);
    double s = seconds(t0);
    double cpu = (Memory.processCpuNanos() - cpu0) / 1e9;
    int n = stored.size();
    log.accept(String.format(Locale.ROOT, "reported %d articles in %.1f s", n, s));
    figures.row("report from store", String.format(Locale.ROOT, "%.1f s", s),
        String.format(Locale.ROOT, "%.1f s CPU; %d articles, %d stories, %d relations (cold detector, stored vectors and "
            + "judgements read back)", cpu, n, report.stories().size(), report.relations().size()));
    double e2e = n / (ingestSeconds + s);
    figures.row("end to end", String.format(Locale.ROOT, "%.1f articles/s", e2e), "articles / (ingest + report wall time)");
    figures.key("report_s", s);
    figures.key("report_cpu_s", cpu);
    figures.key("e2e_aps", e2e);
  }

  private static void storeSize(Path dir, BenchFigures figures) throws IOException {
    long bytes;
    try (Stream<Path> files = Files.walk(dir)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    int n = Math.max(1, figures.articles());
    figures.row("store size", mb(bytes), String.format(Locale.ROOT, "= %.2f MB per 1000 articles", bytes / 1e6 * 1000 / n));
    figures.key("store_mb_per_1000", bytes / 1e6 * 1000 / n);
  }

  private void recall(WiretraceStore store, ReuseDetector detector, SyntheticCorpus corpus, BenchFigures figures)
      throws IOException {
    Map<ArticleId, Article> byId = new TreeMap<>();
    corpus.articles().forEach(a -> byId.put(a.id(), a));
    Map<String, int[]> groups = new TreeMap<>();
    Map<DerivedKind, Integer> perKind = new TreeMap<>();
    for (ReuseLabel label : corpus.labels()) {
      String group = group(label.kind());
      if (group != null && perKind.merge(label.kind(), 1, Integer::sum) <= RECALL_PAIRS) {
        Article source = byId.get(ArticleId.of(label.source()));
        Article derived = byId.get(ArticleId.of(label.derived()));
        if (source != null && derived != null) {
          count(groups.computeIfAbsent(group, g -> new int[4]), detector, store, source, derived);
        }
      }
    }
    groups.forEach((group, c) -> recallRows(figures, group, c));
  }

  /** Counts {labelled, found, brute-force reuse, found among those}. */
  private static void count(int[] c, ReuseDetector detector, WiretraceStore store, Article source, Article derived)
      throws IOException {
    boolean found = hits(detector, store, derived).contains(source.id()) || hits(detector, store, source).contains(derived.id());
    boolean reuse = detector.compare(source, derived).kind().isReuse();
    c[0]++;
    c[1] += found ? 1 : 0;
    c[2] += reuse ? 1 : 0;
    c[3] += found && reuse ? 1 : 0;
  }

  private static Set<ArticleId> hits(ReuseDetector detector, WiretraceStore store, Article query) throws IOException {
    Set<ArticleId> ids = new HashSet<>();
    for (CandidateIndex.Hit h : detector.search(query, store.candidates())) {
      if (detector.worthJudging(h)) {
        ids.add(h.id());
      }
    }
    return ids;
  }

  private static void recallRows(BenchFigures figures, String group, int[] c) {
    double vsLabels = ratio(c[1], c[0]);
    double vsBrute = ratio(c[3], c[2]);
    figures.row("candidate recall " + group, String.format(Locale.ROOT, "%.4f", vsBrute),
        String.format(Locale.ROOT, "vs brute force: %d/%d labelled pairs that full comparison finds; vs labels %.4f (%d/%d)",
            c[3], c[2], vsLabels, c[1], c[0]));
    figures.key("recall_" + group.replace('/', '_'), vsBrute);
  }

  private static @Nullable String group(DerivedKind kind) {
    return switch (kind) {
      case DUPLICATE, SYNDICATED -> "duplicate/syndicated";
      case PARAPHRASED, SPUN -> "paraphrased/spun";
      case PARTIAL -> "partial";
      case SAME_STORY -> null;
    };
  }

  /**
   * Times cold traces: a fresh detector (as a `wiretrace trace` process has), so every candidate is
   * analysed from its stored text (vectors and pair judgements read back from the store, as there);
   * the analysis cache filled by ingest would flatter the figure.
   */
  private void trace(WiretraceStore store, SyntheticCorpus corpus, long seed, int queries, BenchFigures figures)
      throws IOException {
    List<Article> all = corpus.articles();
    Random random = new Random(seed);
    long[] nanos = new long[queries];
    long candidates = 0;
    ReuseDetector fresh = storeDetector(store);
    int warmup = Math.max(1, queries / TRACE_WARMUP_SHARE);
    for (int q = -warmup; q < queries; q++) {
      Article query = all.get(random.nextInt(all.size()));
      long t0 = System.nanoTime();
      List<Article> found = fresh.traceCandidates(query, store.candidates(), store.articles());
      fresh.trace(query, found);
      if (q >= 0) {
        nanos[q] = System.nanoTime() - t0;
        candidates += found.size();
      }
    }
    double p50 = Latencies.percentileMillis(nanos, 50);
    double p99 = Latencies.percentileMillis(nanos, 99);
    figures.row("trace latency", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", p50, p99),
        String.format(Locale.ROOT, "%d random stored articles after %d warm-up, %.1f candidates each; cold detector: "
            + "search + load + analyse + judgements read back vs %d stored", queries, warmup, (double) candidates / queries,
            figures.articles()));
    figures.key("trace_p50_ms", p50);
    figures.key("trace_p99_ms", p99);
  }

  private void embedding(SyntheticCorpus corpus, BenchFigures figures) {
    List<String> sentences = sentences(corpus, LEXICAL_SENTENCES);
    double lexical = throughput(new org.wiretrace.align.LexicalEmbedder(), sentences);
    figures.row("embedding lexical", String.format(Locale.ROOT, "%.0f sentences/s", lexical),
        sentences.size() + " corpus sentences in batches of " + EMBED_BATCH);
    figures.key("embed_lexical_sps", Math.round(lexical));
    if (onnx == null) {
      figures.row("embedding onnx", "n/a", "no ONNX sentence model on the class path");
      return;
    }
    List<String> few = sentences.subList(0, Math.min(ONNX_SENTENCES, sentences.size()));
    throughput(onnx, few.subList(0, Math.min(EMBED_BATCH, few.size())));
    double neural = throughput(onnx, few);
    figures.row("embedding onnx", String.format(Locale.ROOT, "%.0f sentences/s", neural),
        few.size() + " sentences, batches of " + EMBED_BATCH + ", " + onnx.modelName() + " (after 1 warm-up batch)");
    figures.key("embed_onnx_sps", Math.round(neural));
  }

  private static double throughput(SentenceEmbedder e, List<String> sentences) {
    long t0 = System.nanoTime();
    for (int i = 0; i < sentences.size(); i += EMBED_BATCH) {
      e.embed(sentences.subList(i, Math.min(sentences.size(), i + EMBED_BATCH)));
    }
    return sentences.size() / Math.max(1e-9, seconds(t0));
  }

  private static List<String> sentences(SyntheticCorpus corpus, int max) {
    List<String> out = new ArrayList<>();
    for (Article a : corpus.articles()) {
      for (String s : a.text().split("(?<=[.!?])\\s+")) {
        if (out.size() >= max) {
          return out;
        }
        out.add(s);
      }
    }
    return out;
  }

  private static void memory(BenchFigures figures) {
    long[] gc = Memory.gcTotals();
    long peak = Memory.peakHeapBytes();
    long rss = Memory.peakRssBytes();
    figures.row("peak heap (last phases)", mb(peak), "sum of heap pool peaks since ingest ended");
    figures.row("live heap after GC", mb(Memory.liveHeapBytesAfterGc()), "store open/closed, corpus still held");
    figures.row("gc", gc[0] + " collections", gc[1] + " ms total; max heap " + mb(Runtime.getRuntime().maxMemory()));
    figures.row("peak RSS", rss < 0 ? "n/a" : mb(rss), "VmHWM of /proc/self/status (whole process)");
    figures.key("peak_heap_mb", Math.round(peak / 1e6));
    figures.key("rss_mb", Math.round(Math.max(0, rss) / 1e6));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
