package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.candidate.InMemoryCandidateIndex;
import org.wiretrace.model.Article;

/**
 * Speed figures on invented articles (not a unit test; claims come from here, not from assertions).
 * Run: {@code ./mvnw -o -pl wiretrace-core test -Dtest=ThroughputMeasure -Dmeasure=true
 * -Dmeasure.articles=3000 -Dmeasure.stored=20000}.
 */
@EnabledIfSystemProperty(named = "measure", matches = "true")
class ThroughputMeasure {

  @Test
  void measure() throws Exception {
    int n = Integer.getInteger("measure.articles", 3000);
    int stored = Integer.getInteger("measure.stored", 20000);
    SyntheticCorpus corpus = new SyntheticCorpus(7);
    List<Article> articles = new ArrayList<>();
    while (articles.size() < n) {
      Article original = corpus.article(600);
      articles.add(original);
      if (articles.size() % 5 == 0) {
        articles.add(corpus.copy(original, SyntheticCorpus.CopyKind.values()[articles.size() % 4]).copy());
      }
    }
    ingest(articles.subList(0, 300));
    ingest(articles);
    if (Boolean.getBoolean("measure.ingestOnly")) {
      return;
    }
    boolean flag = !"false".equals(System.getProperty("measure.flag"));
    ReuseDetector detector = new ReuseDetector(DetectorConfig.builder().flagChanges(flag).build(), new LexicalEmbedder());
    long t0 = System.nanoTime();
    long cpu0 = processCpu();
    var report = detector.analyze(articles);
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpu() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "analyze (flagChanges=%s): %d articles in %.2f s wall, %.2f s process CPU = %.0f articles per CPU-second, %d relations%n",
        flag, articles.size(), s, cpu, articles.size() / cpu, report.relations().size());
    trace(corpus, stored);
  }

  private static void ingest(List<Article> articles) {
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    articles.forEach(detector::fingerprints);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT,
        "lexical ingest (analysis + fingerprints), one thread: %.0f articles per CPU-second, %.0f per wall-second (load %.1f)%n",
        articles.size() / cpu, articles.size() / wall,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void trace(SyntheticCorpus corpus, int stored) throws Exception {
    boolean flag = !"false".equals(System.getProperty("measure.flag"));
    ReuseDetector detector = new ReuseDetector(DetectorConfig.builder().flagChanges(flag).build(), new LexicalEmbedder());
    List<Article> originals = new ArrayList<>();
    try (CandidateIndex index = new InMemoryCandidateIndex()) {
      for (int i = 0; i < stored; i++) {
        Article a = corpus.article(600);
        index.put(a.id(), detector.fingerprints(a));
        if (i % (stored / 200) == 0) {
          originals.add(a);
        }
      }
      long[] latencies = new long[originals.size()];
      long[] searches = new long[originals.size()];
      for (int q = 0; q < originals.size(); q++) {
        Article query = corpus.copy(originals.get(q), SyntheticCorpus.CopyKind.values()[q % 4]).copy();
        long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        detector.fingerprints(query);
        long s0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        List<CandidateIndex.Hit> hits = detector.search(query, index);
        searches[q] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - s0;
        List<Article> candidates = new ArrayList<>();
        for (CandidateIndex.Hit h : hits.subList(0, Math.min(10, hits.size()))) {
          originals.stream().filter(o -> o.id().equals(h.id())).findFirst().ifPresent(candidates::add);
        }
        detector.trace(query, candidates);
        latencies[q] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0;
      }
      Arrays.sort(latencies);
      Arrays.sort(searches);
      System.out.printf(Locale.ROOT, "index search alone against %d stored: thread CPU p50 %.1f ms, p99 %.1f ms%n",
          stored, searches[searches.length / 2] / 1e6, searches[(int) (searches.length * 0.99)] / 1e6);
      System.out.printf(Locale.ROOT, "trace (flagChanges=%s) against %d stored: thread CPU p50 %.1f ms, p99 %.1f ms (analysis + search + judge top 10 hits)%n",
          flag, stored, latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6);
    }
  }
}
