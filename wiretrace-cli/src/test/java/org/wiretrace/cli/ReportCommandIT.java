package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wiretrace report}: the main job, end to end on the demo corpus and on small temp files. */
class ReportCommandIT {

  private static final Path ROOT = Path.of(System.getProperty("wiretrace.root", ".."));

  @TempDir Path dir;

  @Test
  void report_demoCorpusFindsEveryLabelledReuse() throws Exception {
    Path corpus = ROOT.resolve("examples/corpus");
    assumeTrue(Files.isDirectory(corpus), "no demo corpus at " + corpus);

    CliRunner.Result result = new CliRunner(dir).run("report", corpus.toString(), "--format", "json", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(result.out());
    assertThat(report.get("articles")).hasSize(9);
    for (JsonNode label : labels()) {
      if (!label.get("kind").asText().equals("SAME_STORY")) {
        assertThat(relation(report, label.get("source").asText(), label.get("derived").asText()))
            .as("reuse %s -> %s", label.get("source"), label.get("derived")).isNotNull();
      }
    }
  }

  @Test
  void report_textShowsStoriesRelationsAndChanges() throws Exception {
    write("wire.txt", WIRE);
    write("copy.txt", COPY);

    CliRunner.Result result = new CliRunner(dir).run("report", "wire.txt", "copy.txt", "--embedder", "lexical");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("2 ingested, 0 skipped");
    assertThat(result.out()).contains("2 articles", "Stories", "Reuse (source -> derived", "wire", "copy")
        .contains("What the copies changed", "NUMBER");
    assertThat(dir.resolve(".wiretrace")).isDirectory();
    assertThat(result.err()).contains("wrote " + dir.resolve("report.html"));
    assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>").contains("wire", "copy")
        .doesNotContain("<script");
  }

  @Test
  void report_storeOnlyAnalysesWhatIsStored() throws Exception {
    write("wire.txt", WIRE);
    write("copy.txt", COPY);
    CliRunner cli = new CliRunner(dir);
    cli.run("ingest", "wire.txt", "copy.txt", "--embedder", "lexical");

    CliRunner.Result result = cli.run("report", "--embedder", "lexical");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("2 articles");
  }

  @Test
  void report_noStoreWritesNothing() throws Exception {
    write("wire.txt", WIRE);
    write("copy.txt", COPY);

    CliRunner.Result result = new CliRunner(dir).run("report", "--no-store", "wire.txt", "copy.txt",
        "--embedder", "lexical", "--format", "json", "--html", "out/page.html");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).get("relations")).isNotEmpty();
    assertThat(dir.resolve(".wiretrace")).doesNotExist();
    assertThat(dir.resolve("out/page.html")).isRegularFile();
  }

  @Test
  void report_emptyStoreWithoutPaths() {
    CliRunner.Result result = new CliRunner(dir).run("report", "--embedder", "lexical");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("is empty", "PATH");
  }

  @Test
  void report_otherEmbedderThanTheStoreIsRefused() throws Exception {
    write("wire.txt", WIRE);
    CliRunner cli = new CliRunner(dir);
    cli.run("ingest", "wire.txt", "--embedder", "lexical");
    assumeTrue(!cli.run("report", "--embedder", "onnx").err().contains("no sentence model"), "no ONNX model here");

    CliRunner.Result result = cli.run("report", "--embedder", "onnx");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INCOMPATIBLE_STORE);
  }

  private List<JsonNode> labels() throws Exception {
    List<JsonNode> labels = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("examples/labels.jsonl"))) {
      if (!line.isBlank()) {
        labels.add(new ObjectMapper().readTree(line));
      }
    }
    return labels;
  }

  private static JsonNode relation(JsonNode report, String source, String derived) {
    for (JsonNode r : report.get("relations")) {
      if (r.get("source").asText().equals(source) && r.get("derived").asText().equals(derived)
          && !r.get("kind").asText().equals("SAME_STORY")) {
        return r;
      }
    }
    return null;
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text);
  }

  static final String WIRE = """
      Ferry sinks off Kelmar island

      Published: 2026-05-04T08:00:00Z

      A passenger ferry sank off Kelmar island early on Sunday, and coast guard crews rescued 212 people from the water.
      The ferry Aster had left the port of Brisk at 5:10 a.m. with 230 passengers and 14 crew on board.
      "The sea was calm, then the ship simply leaned over," said passenger Ona Lind, who swam to a lifeboat.
      Harbour master Ivo Stal said the cause was not yet known and that divers would inspect the wreck on Monday.
      The operator, Brisk Lines, said it had suspended its other two routes while its vessels were checked.
      """;

  static final String COPY = """
      Kelmar ferry disaster: hundreds rescued

      Published: 2026-05-04T11:30:00Z

      A passenger ferry sank off Kelmar island early on Sunday, and coast guard crews rescued 200 people from the water.
      The ferry Aster had left the port of Brisk at 5:10 a.m. with 230 passengers and 14 crew on board.
      "The sea was calm, then the ship simply leaned over," said passenger Ona Lind, who swam to a lifeboat.
      Harbour master Ivo Stal said the cause was not yet known and that divers would inspect the wreck on Monday.
      Relatives gathered at the Brisk terminal on Sunday afternoon waiting for news.
      """;
}
