package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wiretrace eval}: the harness wrappers. */
class EvalCommandIT {

  @TempDir Path dir;

  @Test
  void evalChanges_scoresLabelledPairs() throws Exception {
    Files.writeString(dir.resolve("pairs.jsonl"), """
        {"source": "The siege lasted nearly 4-1/2 hours.", "derived": "The siege lasted about four hours.", "changed": true, "kind_hint": "NUMBER"}
        {"source": "Officials said 14 people died.", "derived": "Authorities said 14 people died.", "changed": false}
        """);

    CliRunner.Result result = new CliRunner(dir).run("eval", "changes", "pairs.jsonl");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("recall=").contains("false_flag_rate=", "n=2");
  }

  @Test
  void evalPairs_trainsAndScores() throws Exception {
    StringBuilder tsv = new StringBuilder("label\tfirst\tsecond\n");
    String[][] pairs = {
      {"1", "The council approved the budget on Monday.", "On Monday the council approved the budget."},
      {"0", "The council approved the budget on Monday.", "Heavy snow closed the northern pass."},
      {"1", "Divers will inspect the wreck tomorrow.", "The wreck will be inspected by divers tomorrow."},
      {"0", "Divers will inspect the wreck tomorrow.", "The orchestra began its tour on Friday."},
      {"1", "Prices rose 3 percent in May.", "In May prices climbed 3 percent."},
      {"0", "Prices rose 3 percent in May.", "The library reopened after two years."},
      {"1", "The ferry sank off the island.", "Off the island, the ferry sank."},
      {"0", "The ferry sank off the island.", "Farmers were paid to leave stubble."}
    };
    for (String[] p : pairs) {
      tsv.append(String.join("\t", p)).append('\n');
    }
    Files.writeString(dir.resolve("pairs.tsv"), tsv);

    CliRunner.Result result = new CliRunner(dir).run("eval", "pairs", "--format", "tsv", "--train", "pairs.tsv",
        "pairs.tsv");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isNotBlank();
  }

  @Test
  void evalPairs_engineJudgement_missingFile_namesIt() {
    CliRunner.Result result = new CliRunner(dir).run("eval", "pairs", "--format", "tsv", "x.tsv");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("x.tsv");
  }

  @Test
  void evalPairs_trainAndModelTogether_refused() {
    CliRunner.Result result = new CliRunner(dir).run("eval", "pairs", "--format", "tsv", "--train", "a.tsv",
        "--model-in", "m.json", "a.tsv");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("--train", "--model-in");
  }

  @Test
  void evalRelations_demoCorpus() {
    Path root = Path.of(System.getProperty("wiretrace.root", ".."));
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(root.resolve("examples/corpus")), "no demo corpus");

    CliRunner.Result result = new CliRunner(dir).run("eval", "relations", root.resolve("examples/labels.jsonl").toString(),
        root.resolve("examples/corpus").toString(), "--embedder", "lexical");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("reuse pairs: 4 labelled", "confusion", "same story: 1 labelled");
    assertThat(result.out()).contains("reuse_precision=", "n_true=5 n_predicted=" + predicted(result.out()));
    assertThat(result.out().strip().lines().reduce((a, b) -> b).orElseThrow()).matches("macro_f1=\\d\\.\\d{3} ari=-?\\d\\.\\d{3} n=9");
  }

  @Test
  void evalRelations_folderForm() throws Exception {
    Files.writeString(dir.resolve("labels.jsonl"), "{\"source\": \"a\", \"derived\": \"b\", \"kind\": \"SPUN\"}\n");
    Files.writeString(dir.resolve("generator.json"), "{}");
    Files.writeString(dir.resolve("a.txt"), "Harbour cranes stood idle on Tuesday after a storm. Crews began repairs.");

    CliRunner.Result result = new CliRunner(dir).run("eval", "relations", ".", "--embedder", "lexical");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("SPUN", "adjusted Rand index");
    assertThat(result.out().strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("macro_f1=0.000 ari=0.000 n=2");
  }

  @Test
  void evalRelations_savedReport() throws Exception {
    Files.writeString(dir.resolve("labels.jsonl"), "{\"source\": \"a\", \"derived\": \"b\", \"kind\": \"SPUN\"}\n");
    Files.writeString(dir.resolve("run.json"), "{\"relations\": [{\"source\": \"a\", \"derived\": \"b\", \"kind\": \"SPUN\"}]}");

    CliRunner.Result result = new CliRunner(dir).run("eval", "relations", "labels.jsonl", "--report", "run.json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("reuse_precision=1.000 reuse_recall=1.000");
  }

  private static String predicted(String out) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) predicted, ").matcher(out);
    return m.find() ? m.group(1) : "?";
  }

  @Test
  void evalChanges_missingFile() {
    CliRunner.Result result = new CliRunner(dir).run("eval", "changes", "nope.jsonl");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("no labelled pairs file");
  }

  @Test
  void eval_withoutHarness() {
    CliRunner.Result result = new CliRunner(dir).run("eval");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("Missing harness", "changes");
  }
}
