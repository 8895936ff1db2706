package org.wiretrace.eval.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunEvaluationTest {

  private static final List<RelationLabel> TRUTH = List.of(
      new RelationLabel("w", "c", "SYNDICATED"),
      new RelationLabel("w", "s", "SPUN"),
      new RelationLabel("w", "l", "SAME_STORY"));

  private static final List<RelationLabel> RUN = List.of(
      new RelationLabel("c", "w", "SYNDICATED"),
      new RelationLabel("w", "s", "PARAPHRASED"),
      new RelationLabel("c", "s", "SYNDICATED"),
      new RelationLabel("w", "l", "SAME_STORY"),
      new RelationLabel("x", "y", "SAME_STORY"));

  @Test
  void index_identicalPartitionsIsOne() {
    Map<String, String> p = Map.of("a", "1", "b", "1", "c", "2");

    assertThat(AdjustedRand.index(p, Map.of("a", "x", "b", "x", "c", "y"))).isEqualTo(1.0);
  }

  @Test
  void index_knownValue() {
    // truth [0,0,0,1,1,1] vs predicted [0,0,1,1,2,2]: (2 - 1.2) / (4.5 - 1.2) = 0.2424...
    Map<String, String> truth = Map.of("a", "0", "b", "0", "c", "0", "d", "1", "e", "1", "f", "1");
    Map<String, String> predicted = Map.of("a", "0", "b", "0", "c", "1", "d", "1", "e", "2", "f", "2");

    assertThat(AdjustedRand.index(truth, predicted)).isCloseTo(0.8 / 3.3, within(1e-9));
  }

  @Test
  void index_pairSplitIntoSingletonsIsZero() {
    assertThat(AdjustedRand.index(Map.of("a", "0", "b", "0"), Map.of("a", "0", "b", "1"))).isEqualTo(0.0);
  }

  @Test
  void index_differentItemsRejected() {
    assertThatThrownBy(() -> AdjustedRand.index(Map.of("a", "0"), Map.of("b", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different items");
  }

  @Test
  void stories_connectedComponentsWithSingletons() {
    Map<String, String> stories = AdjustedRand.stories(List.of("o"), TRUTH);

    assertThat(stories).containsEntry("c", "c").containsEntry("w", "c").containsEntry("s", "c")
        .containsEntry("l", "c").containsEntry("o", "o").hasSize(5);
  }

  @Test
  void score_perKindCountsDirectionIgnoredUnlabelledSameStoryIgnored() {
    List<KindScore> kinds = KindScoring.score(TRUTH, RUN);

    assertThat(kinds).containsExactly(
        new KindScore("SYNDICATED", 1, 2, 1),
        new KindScore("PARAPHRASED", 0, 1, 0),
        new KindScore("SPUN", 1, 0, 0),
        new KindScore("SAME_STORY", 1, 1, 1));
    assertThat(kinds.get(0).f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(KindScoring.macroF1(kinds)).isCloseTo((2.0 / 3 + 1) / 4, within(1e-9));
  }

  @Test
  void of_summaryLineHasMacroF1AriAndArticles() {
    // stories: truth {w,c,s,l} x y o; predicted {w,c,s,l} {x,y} o: (6 - 2) / (6.5 - 2)
    RunEvaluation run = RunEvaluation.of(TRUTH, RUN, List.of("o", "w"));

    assertThat(run.ari()).isCloseTo(4 / 4.5, within(1e-9));
    assertThat(run.n()).isEqualTo(7);
    assertThat(run.summary()).isEqualTo("macro_f1=0.417 ari=0.889 n=7");
  }

  @Test
  void print_endsWithSummary() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    RunEvaluation.of(TRUTH, TRUTH, List.of()).print(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");

    assertThat(lines[lines.length - 1]).isEqualTo("macro_f1=1.000 ari=1.000 n=4");
    assertThat(String.join("\n", lines)).contains("SPUN", "SAME_STORY");
  }
}
