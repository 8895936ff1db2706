package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wiretrace ingest} end to end: real readers, a real Lucene store in a temp dir. */
class IngestCommandIT {

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(dir);
  }

  @Test
  void ingest_demoCorpus() {
    Path corpus = Path.of(System.getProperty("wiretrace.root", "..")).resolve("examples/corpus");
    assumeTrue(Files.isDirectory(corpus), "no demo corpus at " + corpus);

    CliRunner.Result result = cli.run("ingest", corpus.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("9 ingested, 0 skipped").contains("9 added");
    assertThat(cli.run("list").out())
        .contains("wire-dam-failure", "northern-ledger-dam", "sarn-valley-times-paraphrase", "business-daily-hydro")
        .contains("9 articles");
  }

  @Test
  void ingest_judgesTheNewArticlesCandidatePairs_reportsReadThemBack() throws Exception {
    Path corpus = Path.of(System.getProperty("wiretrace.root", "..")).resolve("examples/corpus");
    assumeTrue(Files.isDirectory(corpus), "no demo corpus at " + corpus);
    assertThat(cli.run("ingest", "--embedder", "lexical", corpus.toString()).exitCode()).isZero();
    int atIngest = judgedPairs();
    assertThat(atIngest).as("pairs judged at ingest").isPositive();

    CliRunner.Result first = cli.run("report", "--embedder", "lexical", "--no-html", "--format", "json");
    int afterFirst = judgedPairs();
    CliRunner.Result second = cli.run("report", "--embedder", "lexical", "--no-html", "--format", "json");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(afterFirst - atIngest).as("pairs the first report had to judge (story-only checks)")
        .isLessThan(atIngest);
    assertThat(judgedPairs()).as("the second report judged no pair").isEqualTo(afterFirst);
    assertThat(second.out()).isEqualTo(first.out()).contains("\"SYNDICATED\"");
  }

  private int judgedPairs() throws Exception {
    return new ObjectMapper().readTree(cli.run("stats", "--json").out()).get("judgedPairs").asInt();
  }

  @Test
  void ingest_sameFilesTwiceLeavesThemUnchanged() throws Exception {
    write("a.txt", "Harbour strike ends\n\nDockers went back to work on Monday after a deal on pay.");

    cli.run("ingest", "a.txt", "--embedder", "lexical");
    CliRunner.Result again = cli.run("ingest", "a.txt", "--embedder", "lexical");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("1 ingested, 0 skipped", "0 added", "1 unchanged");
  }

  @Test
  void ingest_badRecordIsSkippedAndExits2() throws Exception {
    write("feed.jsonl", "{\"id\": \"good\", \"text\": \"Rain fell all day in the capital.\"}\n{not json\n");

    CliRunner.Result result = cli.run("ingest", "feed.jsonl", "--embedder", "lexical");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out()).contains("1 ingested, 1 skipped", "MALFORMED_JSON");
    assertThat(result.err()).contains("feed.jsonl:2", "skipped", "fix:");
    assertThat(cli.run("list").out()).contains("good", "1 article");
  }

  @Test
  void ingest_missingPath() {
    CliRunner.Result result = cli.run("ingest", "no-such-folder/", "--embedder", "lexical");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("no-such-folder", "no such file or folder");
  }

  @Test
  void ingest_changedContentNeedsUpdate() throws Exception {
    write("a.txt", "Council approves budget\n\nThe council approved the budget by 20 votes to 11.");
    cli.run("ingest", "a.txt", "--embedder", "lexical");
    write("a.txt", "Council approves budget\n\nThe council approved the budget by 21 votes to 10.");

    CliRunner.Result kept = cli.run("ingest", "a.txt", "--embedder", "lexical");
    CliRunner.Result updated = cli.run("ingest", "a.txt", "--update", "--embedder", "lexical");

    assertThat(kept.exitCode()).as(kept.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(kept.err()).contains("kept the stored version", "a", "--update");
    assertThat(updated.exitCode()).as(updated.toString()).isZero();
    assertThat(updated.out()).contains("1 replaced");
    assertThat(cli.run("show", "a").out()).contains("21 votes");
  }

  @Test
  void ingest_json() throws Exception {
    write("b.txt", "Ferry service resumes\n\nThe island ferry sailed again on Friday after repairs.");

    CliRunner.Result result = cli.run("ingest", "b.txt", "--json", "--embedder", "lexical");

    JsonNode summary = new ObjectMapper().readTree(result.out());
    assertThat(summary.get("ingested").asInt()).isEqualTo(1);
    assertThat(summary.get("skipped").asInt()).isZero();
    assertThat(summary.get("store").get("added").asInt()).isEqualTo(1);
  }

  @Test
  void ingest_forcedFormat() throws Exception {
    write("export.dat", "{\"id\": \"x1\", \"text\": \"Snow closed the mountain pass overnight.\"}\n");

    CliRunner.Result detected = cli.run("ingest", "export.dat", "--embedder", "lexical");
    CliRunner.Result forced = cli.run("ingest", "export.dat", "--format", "jsonl", "--embedder", "lexical");

    assertThat(detected.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(detected.err()).contains("--format");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
  }

  @Test
  void ingest_unknownFormatName() {
    CliRunner.Result result = cli.run("ingest", "x", "--format", "docx", "--embedder", "lexical");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("format 'docx' is unknown");
  }

  @Test
  void ingest_quietPrintsNothingOnSuccess() throws Exception {
    write("c.txt", "Library reopens\n\nThe city library reopened on Saturday after two years of work.");

    CliRunner.Result result = cli.run("ingest", "--quiet", "c.txt", "--embedder", "lexical");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text);
  }
}
