package org.wiretrace.bench;

import java.util.ArrayList;
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
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.changes.Change;
import org.wiretrace.changes.ChangeFlagger;
import org.wiretrace.changes.Passage;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.model.Article;
import org.wiretrace.report.Relation;
import org.wiretrace.testkit.DerivedKind;

/**
 * Pair hot paths on a source and its copy: the whole pair judgement (sentence alignment, change
 * flagging, direction, kind; per-article analyses cached, as in a warm trace) and change flagging
 * alone over the pair's aligned passages (what the judgement flags), over article sizes. Run:
 *
 * <pre>
 * java -cp "$(cat wiretrace-bench/target/classpath.txt):wiretrace-bench/target/classes" \
 *   org.openjdk.jmh.Main PairBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PairBenchmark {

  /** Words per base article. */
  @Param({"150", "600", "2400"})
  public int words;

  /** The copy's kind. */
  @Param({"SPUN", "SYNDICATED"})
  public DerivedKind kind;

  private final ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
  private final ChangeFlagger flagger = new ChangeFlagger();
  private Article[] pair = new Article[0];
  private List<Passage[]> passages = new ArrayList<>();

  /** Generates the pair and warms the detector's per-article cache. */
  @Setup
  public void setUp() {
    pair = BenchData.pair(words, kind);
    Relation relation = detector.compare(pair[0], pair[1]);
    boolean forward = relation.source().equals(pair[0].id());
    Article from = forward ? pair[0] : pair[1];
    Article to = forward ? pair[1] : pair[0];
    passages = new ArrayList<>();
    for (AlignedPair p : relation.alignments()) {
      passages.add(new Passage[] {new Passage(from.text(), p.sourceSpan(), null), new Passage(to.text(), p.derivedSpan(), null)});
    }
  }

  /**
   * Aligns and judges the pair (the per-pair work of analyze and trace).
   *
   * @return the relation
   */
  @Benchmark
  public Relation alignAndJudge() {
    return detector.compare(pair[0], pair[1]);
  }

  /**
   * Flags the changes of every aligned passage pair.
   *
   * @return the changes
   */
  @Benchmark
  public List<Change> flagChanges() {
    List<Change> out = new ArrayList<>();
    for (Passage[] p : passages) {
      out.addAll(flagger.flag(p[0], p[1]));
    }
    return out;
  }
}
