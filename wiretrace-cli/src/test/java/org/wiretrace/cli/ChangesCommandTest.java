package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangesCommandTest {

  @TempDir Path dir;

  @Test
  void changes_numberInSentences() {
    CliRunner.Result result = new CliRunner(dir).run("changes",
        "The siege lasted nearly 4-1/2 hours.", "The siege lasted about four hours.");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("NUMBER", "nearly 4-1/2 hours", "about four hours");
  }

  @Test
  void changes_relativeDateNeedsPublicationTime() {
    CliRunner.Result result = new CliRunner(dir).run("changes", "He will run again next year.",
        "He will run again in 2028.", "--source-published", "2026-03-17", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("\"kind\" : \"DATE\"", "next year", "2028");
  }

  @Test
  void changes_sameFactsPrintNoChange() throws Exception {
    CliRunner.Result result = new CliRunner(dir).run("changes", "--format", "json",
        "Officials said 14 people died.", "Authorities said 14 people died.");

    JsonNode changes = new ObjectMapper().readTree(result.out());
    assertThat(changes.isArray()).isTrue();
    assertThat(changes).isEmpty();
  }

  @Test
  void changes_badPublicationDate() {
    CliRunner.Result result = new CliRunner(dir).run("changes", "a", "b", "--source-published", "yesterday");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("--source-published 'yesterday' is not a date");
  }
}
