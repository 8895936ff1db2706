package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wiretrace trace}: ranked sources from the store's candidate index. */
class TraceCommandIT {

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(dir.resolve("wire.txt"), ReportCommandIT.WIRE);
    Files.writeString(dir.resolve("copy.txt"), ReportCommandIT.COPY);
    Files.writeString(dir.resolve("other.txt"), "Orchestra tours the north\n\n"
        + "The national youth orchestra began a tour of six northern towns on Friday with a concert of folk songs.");
    cli = new CliRunner(dir);
    assertThat(cli.run("ingest", "wire.txt", "copy.txt", "other.txt", "--embedder", "lexical").exitCode()).isZero();
  }

  @Test
  void trace_storedCopyFindsItsSource() {
    CliRunner.Result result = cli.run("trace", "copy", "--embedder", "lexical", "--top", "1");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Sources of copy").containsPattern("1 +wire +its source")
        .contains("SOURCE wire", "DERIVED copy").doesNotContainPattern("\\d +other ");
  }

  @Test
  void trace_fileThatIsNotStored() throws Exception {
    Files.writeString(dir.resolve("later.txt"), ReportCommandIT.COPY.replace("Relatives gathered", "Families waited"));

    CliRunner.Result result = cli.run("trace", "later.txt", "--embedder", "lexical", "--format", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode trace = new ObjectMapper().readTree(result.out());
    assertThat(trace.get("query").asText()).isEqualTo("later");
    assertThat(trace.get("relations")).isNotEmpty();
  }

  @Test
  void trace_otherEmbedderThanTheStore() {
    CliRunner.Result probe = cli.run("trace", "copy", "--embedder", "onnx");
    if (probe.err().contains("no sentence model")) {
      return; // no ONNX model on this class path: nothing to mismatch
    }

    assertThat(probe.exitCode()).as(probe.toString()).isEqualTo(ExitCodes.INCOMPATIBLE_STORE);
    assertThat(probe.err()).contains("--embedder");
  }
}
