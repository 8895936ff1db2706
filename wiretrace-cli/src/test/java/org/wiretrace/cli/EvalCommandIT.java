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
