package org.wiretrace.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.candidate.InMemoryCandidateIndex;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.model.Article;

/**
 * Candidate query (LSH band keys, anchor and spot terms, sentence vectors) against the in-memory
 * candidate index holding the fingerprints of a generated corpus, over corpus sizes. The Lucene
 * store's query is measured end to end by {@code wiretrace bench}. Run:
 *
 * <pre>
 * java -cp "$(cat wiretrace-bench/target/classpath.txt):wiretrace-bench/target/classes" \
 *   org.openjdk.jmh.Main LshQueryBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LshQueryBenchmark {

  /** Base stories in the index (articles are about 2.15 times as many). */
  @Param({"200", "2000"})
  public int stories;

  private final InMemoryCandidateIndex index = new InMemoryCandidateIndex(BenchData.SEED);
  private final ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
  private Fingerprints[] queries = new Fingerprints[0];
  private int next;

  /** Fingerprints a corpus into the index; every 10th article is a query. */
  @Setup
  public void setUp() {
    List<Article> articles = BenchData.articles(stories, 600);
    for (Article a : articles) {
      index.put(a.id(), detector.fingerprints(a));
    }
    queries = new Fingerprints[Math.max(1, articles.size() / 10)];
    for (int q = 0; q < queries.length; q++) {
      queries[q] = detector.fingerprints(articles.get(q * 10));
    }
  }

  /**
   * Searches the candidates of the next query article.
   *
   * @return the hits
   */
  @Benchmark
  public List<CandidateIndex.Hit> query() {
    next = (next + 1) % queries.length;
    DetectorConfig config = detector.config();
    return index.search(queries[next], config.termLimit(), config.neighboursPerSentence());
  }
}
