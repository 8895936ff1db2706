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
import org.wiretrace.align.AlignmentType;
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
 * Change flagging per aligned passage: one call of {@link ChangeFlagger#flag} on one aligned,
 * non-verbatim passage pair of a generated source and its copy (the passages the pair judgement
 * flags), cycling through all of them. Sample mode, so JMH prints the median ({@code p0.50}) and
 * tail of the per-passage time. Run:
 *
 * <pre>
 * java -cp "$(cat wiretrace-bench/target/classpath.txt):wiretrace-bench/target/classes" \
 *   org.openjdk.jmh.Main ChangeFlaggerBenchmark -f 1 -wi 2 -w 2s -i 3 -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ChangeFlaggerBenchmark {

  /** The copy's kind: spun copies change most words, syndicated ones few. */
  @Param({"SPUN", "PARAPHRASED", "SYNDICATED"})
  public DerivedKind kind;

  private final ChangeFlagger flagger = new ChangeFlagger();
  private List<Passage[]> passages = new ArrayList<>();
  private int next;

  /** Generates a 600-word pair, aligns it once and keeps its non-verbatim aligned passages. */
  @Setup
  public void setUp() {
    Article[] pair = BenchData.pair(600, kind);
    Relation relation = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder()).compare(pair[0], pair[1]);
    boolean forward = relation.source().equals(pair[0].id());
    Article from = forward ? pair[0] : pair[1];
    Article to = forward ? pair[1] : pair[0];
    passages = new ArrayList<>();
    for (AlignedPair p : relation.alignments()) {
      if (p.type() != AlignmentType.VERBATIM) {
        passages.add(new Passage[] {new Passage(from.text(), p.sourceSpan(), from.published()), new Passage(to.text(), p.derivedSpan(), to.published())});
      }
    }
    if (passages.isEmpty()) {
      throw new IllegalStateException("the generated " + kind + " pair has no non-verbatim aligned passage; pick another kind");
    }
  }

  /**
   * Flags one aligned passage pair.
   *
   * @return the changes
   */
  @Benchmark
  public List<Change> flagOnePassage() {
    Passage[] p = passages.get(next);
    next = (next + 1) % passages.size();
    return flagger.flag(p[0], p[1]);
  }
}
