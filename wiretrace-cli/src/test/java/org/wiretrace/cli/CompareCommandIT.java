package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wiretrace compare}: two files side by side, and the JSON contract. */
class CompareCommandIT {

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(dir.resolve("wire.txt"), ReportCommandIT.WIRE);
    Files.writeString(dir.resolve("copy.txt"), ReportCommandIT.COPY);
    cli = new CliRunner(dir);
  }

  @Test
  void compare_sideBySideWithMarkedChange() {
    CliRunner.Result result = cli.run("compare", "copy.txt", "wire.txt", "--embedder", "lexical", "--width", "120");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().lines().findFirst().orElseThrow()).startsWith("wire -> copy");
    assertThat(result.out()).contains("direction KNOWN", "SOURCE wire", "DERIVED copy", " | ")
        .contains("VERBATIM", "[212]", "[200]", "NUMBER", "ADDED", "Dropped")
        .doesNotContain("\u001b[");
    assertThat(result.out().lines().filter(l -> l.contains(" | ")).mapToInt(String::length).max().orElseThrow())
        .isLessThanOrEqualTo(120);
  }

  @Test
  void compare_json() throws Exception {
    CliRunner.Result result = cli.run("compare", "wire.txt", "copy.txt", "--embedder", "lexical", "--format", "json");

    JsonNode relation = new ObjectMapper().readTree(result.out());
    assertThat(relation.get("source").asText()).isEqualTo("wire");
    assertThat(relation.get("derived").asText()).isEqualTo("copy");
    assertThat(relation.get("alignments")).isNotEmpty();
    assertThat(relation.get("changes").get(0).get("kind").asText()).isEqualTo("NUMBER");
  }

  @Test
  void changes_betweenFilesAlignsFirst() {
    CliRunner.Result result = cli.run("changes", "wire.txt", "copy.txt", "--embedder", "lexical");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out().lines()).hasSize(1);
    assertThat(result.out()).contains("NUMBER", "212", "200");
  }

  @Test
  void changes_reversedArgumentsSayWhichIsTheSource() {
    CliRunner.Result result = cli.run("changes", "copy.txt", "wire.txt", "--embedder", "lexical");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("wire is the source");
  }

  @Test
  void compare_sameArticleTwice() {
    CliRunner.Result result = cli.run("compare", "wire.txt", "wire.txt", "--embedder", "lexical");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("same article");
  }

  @Test
  void compare_unknownArgument() {
    CliRunner.Result result = cli.run("compare", "wire.txt", "no-such-thing", "--embedder", "lexical");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("'no-such-thing' is neither a file nor an article id");
  }
}
