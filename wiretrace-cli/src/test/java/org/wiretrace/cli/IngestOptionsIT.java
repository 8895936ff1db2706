package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.ArticleId;
import org.wiretrace.store.ArticleStore.OnExisting;
import org.wiretrace.text.ArticleFactory;

/** The ingest limits, boilerplate mode and fingerprint repair of {@code ingest} and {@code report}. */
class IngestOptionsIT {

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(dir, Map.of(CliContext.HOME_VARIABLE, dir.resolve("store").toString()));
  }

  @Test
  void ingest_fileOverMaxFileSizeIsSkippedUntilRaised() throws Exception {
    Files.writeString(dir.resolve("long.txt"), "Tram line opens\n\n" + "The new tram line carried riders. ".repeat(100));

    CliRunner.Result small = cli.run("ingest", "long.txt", "--max-file-size", "1k", "--embedder", "lexical");
    CliRunner.Result raised = cli.run("ingest", "long.txt", "--max-file-size", "1MB", "--embedder", "lexical");

    assertThat(small.exitCode()).as(small.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(small.out()).contains("0 ingested, 1 skipped");
    assertThat(small.err()).contains("long.txt", "above the 1 KB limit", "--max-file-size");
    assertThat(raised.exitCode()).as(raised.toString()).isZero();
    assertThat(raised.out()).contains("1 ingested, 0 skipped", "1 added");
  }

  @Test
  void ingest_badSizeIsRejectedWithTheFix() {
    CliRunner.Result result = cli.run("ingest", "x.txt", "--max-file-size", "64 parsecs", "--embedder", "lexical");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("--max-file-size", "64 parsecs", "e.g. 64MB, 200m, 1g");
  }

  @Test
  void ingest_recordOverMaxRecordSizeIsSkipped() throws Exception {
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"short\", \"text\": \"Fog delayed the morning flights.\"}\n"
        + "{\"id\": \"long\", \"text\": \"" + "The bridge stayed closed for repairs. ".repeat(60) + "\"}\n");

    CliRunner.Result result = cli.run("ingest", "feed.jsonl", "--max-record-size", "1k", "--embedder", "lexical");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out()).contains("1 ingested, 1 skipped");
    assertThat(result.err()).contains("feed.jsonl:2", "--max-record-size");
  }

  @Test
  void ingest_moreSkippedThanMaxSkippedAborts() throws Exception {
    Files.writeString(dir.resolve("feed.jsonl"), "{broken\n{broken too\n{\"id\": \"ok\", \"text\": \"Wind toppled a crane.\"}\n");

    CliRunner.Result aborted = cli.run("ingest", "feed.jsonl", "--max-skipped", "1", "--embedder", "lexical");
    CliRunner.Result tolerated = cli.run("ingest", "feed.jsonl", "--max-skipped", "2", "--embedder", "lexical");

    assertThat(aborted.exitCode()).as(aborted.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(aborted.err()).contains("--max-skipped");
    assertThat(tolerated.exitCode()).as(tolerated.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(tolerated.out()).contains("1 ingested, 2 skipped");
  }

  @Test
  void ingest_boilerplateModes() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Market hall reopens\n\nThe market hall reopened after a fire last spring.");

    CliRunner.Result twoPass = cli.run("ingest", "a.txt", "--boilerplate", "two-pass", "--embedder", "lexical");
    CliRunner.Result off = cli.run("ingest", "a.txt", "--boilerplate", "OFF", "--embedder", "lexical");
    CliRunner.Result bad = cli.run("ingest", "a.txt", "--boilerplate", "sometimes", "--embedder", "lexical");

    assertThat(twoPass.exitCode()).as(twoPass.toString()).isZero();
    assertThat(off.exitCode()).as(off.toString()).isZero();
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("'sometimes' is not a boilerplate mode; use off, running or two-pass");
  }

  @Test
  void ingest_reindexesArticlesLeftWithoutFingerprints() throws Exception {
    writeArticlesOnly(ArticleDraft.of("orphan-1", "The school board voted to build a new gym."),
        ArticleDraft.of("orphan-2", "Two hikers were rescued from the ridge at dusk."));
    Files.writeString(dir.resolve("c.txt"), "Pier reopens\n\nThe old pier reopened to walkers on Sunday.");

    CliRunner.Result first = cli.run("ingest", "c.txt", "--embedder", "lexical");
    CliRunner.Result second = cli.run("ingest", "c.txt", "--embedder", "lexical");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.err()).contains("re-indexed 2 articles left without fingerprints by an interrupted ingest");
    assertThat(second.err()).doesNotContain("re-indexed");
    assertThat(missingFingerprints()).isEmpty();
  }

  @Test
  void report_reindexesArticlesLeftWithoutFingerprints() throws Exception {
    writeArticlesOnly(ArticleDraft.of("orphan-3", "A storm knocked out power to the valley overnight."));

    CliRunner.Result result = cli.run("report", "--no-html", "--embedder", "lexical");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("re-indexed 1 articles left without fingerprints");
    assertThat(missingFingerprints()).isEmpty();
  }

  private void writeArticlesOnly(ArticleDraft... drafts) throws Exception {
    ArticleFactory factory = new ArticleFactory();
    try (Detection lexical = Detection.open(EmbedderChoice.LEXICAL);
        WiretraceStore store = Stores.openWritable(dir.resolve("store"), lexical)) {
      store.articles().put(List.of(drafts).stream().map(factory::create).toList(), OnExisting.KEEP);
      assertThat(store.articlesWithoutFingerprints()).hasSize(drafts.length);
    }
  }

  private List<ArticleId> missingFingerprints() throws Exception {
    try (WiretraceStore store = WiretraceStore.openReadOnly(dir.resolve("store"))) {
      return store.articlesWithoutFingerprints();
    }
  }
}
