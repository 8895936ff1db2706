package org.wiretrace.eval.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationEvaluationTest {

  private static final List<RelationLabel> TRUTH = List.of(
      new RelationLabel("wire", "copy", "SYNDICATED"),
      new RelationLabel("wire", "spun", "SPUN"),
      new RelationLabel("wire", "part", "PARTIAL"),
      new RelationLabel("wire", "local", "SAME_STORY"));

  @TempDir Path dir;

  @Test
  void score_perfectRun() {
    RelationScores s = RelationEvaluation.score(TRUTH, TRUTH);

    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.directionAccuracy()).isEqualTo(1.0);
    assertThat(s.kindAccuracy()).isEqualTo(1.0);
    assertThat(s.sameStoryRecall()).isEqualTo(1.0);
  }

  @Test
  void score_siblingLinkReportedViaItsSource_isLeftOutOfStrictPrecision() {
    List<RelationLabel> direct = List.of(
        new RelationLabel("wire", "copy", "SYNDICATED"),
        new RelationLabel("wire", "spun", "SPUN"),
        new RelationLabel("wire", "part", "PARTIAL"));
    RelationLabel sibling = new RelationLabel("copy", "spun", "PARAPHRASED");
    RelationLabel siblingVia = new RelationLabel("copy", "spun", "PARAPHRASED", "wire");
    RelationLabel strangerVia = new RelationLabel("other", "copy", "PARTIAL", "wire");

    RelationScores unmarked = RelationEvaluation.score(TRUTH, concat(direct, sibling));
    RelationScores marked = RelationEvaluation.score(TRUTH, concat(direct, siblingVia));
    RelationScores outsideFamily = RelationEvaluation.score(TRUTH, concat(direct, strangerVia));

    assertThat(unmarked.precision()).isCloseTo(3 / 4.0, within(1e-9));
    assertThat(marked.precision()).isEqualTo(1.0);
    assertThat(marked.viaInFamily()).isEqualTo(1);
    assertThat(marked.lenientPrecision()).isEqualTo(1.0);
    assertThat(outsideFamily.precision()).isCloseTo(3 / 4.0, within(1e-9));
    assertThat(outsideFamily.falseReuse()).containsExactly("other -> copy (PARTIAL)");
  }

  private static List<RelationLabel> concat(List<RelationLabel> labels, RelationLabel extra) {
    return Stream.concat(labels.stream(), Stream.of(extra)).toList();
  }

  @Test
  void score_missWrongDirectionWrongKindAndIndirectPair() {
    List<RelationLabel> run = List.of(
        new RelationLabel("copy", "wire", "SYNDICATED"),
        new RelationLabel("wire", "spun", "PARAPHRASED"),
        new RelationLabel("copy", "spun", "PARAPHRASED"),
        new RelationLabel("wire", "local", "PARTIAL"),
        new RelationLabel("other", "wire", "PARTIAL"));

    RelationScores s = RelationEvaluation.score(TRUTH, run);

    assertThat(s.found()).isEqualTo(2);
    assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.precision()).isCloseTo(2 / 5.0, within(1e-9));
    assertThat(s.indirect()).isEqualTo(1);
    assertThat(s.lenientPrecision()).isCloseTo(2 / 4.0, within(1e-9));
    assertThat(s.directionCorrect()).isEqualTo(1);
    assertThat(s.kindCorrect()).isEqualTo(1);
    assertThat(s.sameStoryAsReuse()).isEqualTo(1);
    assertThat(s.sameStoryRecall()).isZero();
    assertThat(s.confusion().get("PARTIAL")).containsEntry(RelationEvaluation.MISSED, 1);
    assertThat(s.confusion().get("SPUN")).containsEntry("PARAPHRASED", 1);
    assertThat(s.misses()).containsExactly("wire -> part (PARTIAL)");
    assertThat(s.falseReuse()).containsExactly("wire -> local (PARTIAL, labelled SAME_STORY)", "other -> wire (PARTIAL)");
  }

  @Test
  void score_nothingPredicted() {
    RelationScores s = RelationEvaluation.score(TRUTH, List.of());

    assertThat(s.precision()).isZero();
    assertThat(s.recall()).isZero();
    assertThat(s.f1()).isZero();
    assertThat(s.summary()).startsWith("reuse_precision=0.000 reuse_recall=0.000").endsWith("n_true=4 n_predicted=0");
  }

  @Test
  void readLabels_skipsBadLinesAndKeepsOtherFields() throws Exception {
    Files.writeString(dir.resolve("labels.jsonl"), """
        {"source": "a", "derived": "b", "kind": "spun", "changes": []}

        {"source": "a"}
        not json
        """);

    RelationFiles.Labels labels = RelationFiles.readLabels(dir.resolve("labels.jsonl"));

    assertThat(labels.labels()).containsExactly(new RelationLabel("a", "b", "SPUN"));
    assertThat(labels.badLines()).hasSize(2).first().asString().startsWith("line 3");
  }

  @Test
  void readReport_relationsOfAJsonReport() throws Exception {
    Files.writeString(dir.resolve("run.json"),
        "{\"articles\": [], \"relations\": [{\"source\": \"a\", \"derived\": \"b\", \"kind\": \"SYNDICATED\"},"
            + " {\"source\": \"b\", \"derived\": \"c\", \"kind\": \"PARTIAL\", \"via\": \"a\"}]}");

    assertThat(RelationFiles.readReport(dir.resolve("run.json"))).containsExactly(new RelationLabel("a", "b", "SYNDICATED"),
        new RelationLabel("b", "c", "PARTIAL", "a"));
  }

  @Test
  void print_endsWithSummary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RelationEvaluation.print(RelationEvaluation.score(TRUTH, TRUTH), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines[lines.length - 1]).startsWith("reuse_precision=1.000");
  }
}
