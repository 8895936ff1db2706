package org.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.model.Article;
import org.wiretrace.model.ChromeKind;

class IngestorTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private Path copyResource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/ingest/" + name), name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  @Test
  void ingest_textFolderSortedWithTitles() throws IOException {
    write("b/second.txt", "Ferry fares rise again\n\nThe harbor ferry will cost more from June. Riders were told on Monday.\n");
    write("a/first.txt", "The council met on Tuesday. It approved the budget.\nMore Stories\n");
    IngestResult r = IngestResult.run(Ingestor.builder(), dir.toString());
    assertThat(r.ids()).containsExactly("a/first", "b/second");
    Article ferry = r.article("b/second");
    assertThat(ferry.title()).isEqualTo("Ferry fares rise again");
    assertThat(ferry.text()).doesNotContain("Ferry fares rise again");
    assertThat(ferry.sentences()).hasSize(2);
    Article council = r.article("a/first");
    assertThat(council.title()).isNull();
    assertThat(council.stripped()).extracting(s -> s.kind()).containsExactly(ChromeKind.NAVIGATION);
    assertThat(r.summary.ingested()).isEqualTo(2);
    assertThat(r.summary.skipped()).isZero();
  }

  @Test
  void ingest_folderTreeWithRepeatedNames_everyFileGetsItsRelativePathAsId() throws IOException {
    write("sport/001.txt", "The home side won the cup final on Saturday after extra time.\n");
    write("news/001.txt", "The river burst its banks near the old mill on Sunday morning.\n");
    write("news/wire/001.txt", "Grain prices fell for a third week as the harvest came in early.\n");
    write("001.txt", "The school board named a new head teacher for the autumn term.\n");
    IngestResult r = IngestResult.run(Ingestor.builder(), dir.toString());
    assertThat(r.ids()).containsExactly("001", "news/001", "news/wire/001", "sport/001");
    assertThat(r.summary.skipped()).isZero();
  }

  @Test
  void ingest_fileGivenDirectly_keepsItsStem() throws IOException {
    write("sport/001.txt", "The home side won the cup final on Saturday after extra time.\n");
    IngestResult r = IngestResult.run(Ingestor.builder(), dir.resolve("sport/001.txt").toString());
    assertThat(r.ids()).containsExactly("001");
  }

  @Test
  void ingest_jsonlWithBadLinesKeepsGoodRecords() throws IOException {
    Path feed = copyResource("feed.jsonl");
    IngestResult r = IngestResult.run(Ingestor.builder(), feed.toString());
    assertThat(r.ids()).containsExactly("harbor-1", "harbor-2", "harbor-3");
    assertThat(r.summary.problems()).extracting(IngestProblem::reason, IngestProblem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ProblemReason.MALFORMED_JSON, 3L),
        org.assertj.core.groups.Tuple.tuple(ProblemReason.MISSING_TEXT, 4L),
        org.assertj.core.groups.Tuple.tuple(ProblemReason.MALFORMED_JSON, 5L),
        org.assertj.core.groups.Tuple.tuple(ProblemReason.INVALID_FIELD, 7L));
    assertThat(r.summary.skipped()).isEqualTo(3);
    assertThat(r.summary.problems().get(0).message()).startsWith(feed + ":3: malformed JSON").contains("fix:");
    Article first = r.article("harbor-1");
    assertThat(first.extra()).containsEntry("section", "Local").containsEntry("wordcount", "41");
    assertThat(first.outlet().name()).isEqualTo("dailyplanet.example");
    assertThat(first.published().iso()).isEqualTo("2024-05-02T08:30Z");
    assertThat(first.origin()).isEqualTo(feed + ":1");
    assertThat(r.article("harbor-2").outlet().name()).isEqualTo("metro.example");
    assertThat(r.article("harbor-3").published()).isNull();
    assertThat(r.article("harbor-3").sentences()).hasSize(1);
  }

  @Test
  void ingest_globMatchesSortedFiles() throws IOException {
    write("data/b.jsonl", "{\"id\":\"b\",\"text\":\"Bravo text here.\"}\n");
    write("data/a.jsonl", "{\"id\":\"a\",\"text\":\"Alpha text here.\"}\n");
    write("data/c.txt", "Charlie text here.");
    IngestResult r = IngestResult.run(Ingestor.builder(), dir + "/data/*.jsonl");
    assertThat(r.ids()).containsExactly("a", "b");
  }

  @Test
  void ingest_missingPathsAndUnknownExtensionAreProblems() throws IOException {
    Path notes = write("notes.md", "# Notes");
    IngestResult r = IngestResult.run(Ingestor.builder(), dir + "/nope.txt", dir + "/*.xml", notes.toString());
    assertThat(r.reasons()).containsExactly(
        ProblemReason.PATH_NOT_FOUND, ProblemReason.NO_MATCH, ProblemReason.UNKNOWN_FORMAT);
    assertThat(r.summary.problems().get(2).fix()).contains("--format");
  }

  @Test
  void ingest_forcedFormatReadsAnyExtension() throws IOException {
    Path notes = write("notes.md", "A short note about the harbor. It is sunny.");
    IngestResult r = IngestResult.run(Ingestor.builder().format(InputFormat.TEXT), notes.toString());
    assertThat(r.ids()).containsExactly("notes");
  }

  @Test
  void ingest_emptyAndBinaryFilesAreSkipped() throws IOException {
    write("empty.txt", "");
    write("blank.jsonl", "\n\n");
    Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
    Files.write(dir.resolve("binary.jsonl"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, '\n', 7});
    write("good.txt", "Good text stays. It has two sentences.");
    IngestResult r = IngestResult.run(Ingestor.builder(), dir.toString());
    assertThat(r.ids()).containsExactly("good");
    assertThat(r.reasons()).containsExactlyInAnyOrder(
        ProblemReason.EMPTY_FILE, ProblemReason.EMPTY_FILE, ProblemReason.BINARY_FILE, ProblemReason.BINARY_FILE);
  }

  @Test
  void ingest_windows1252TextIsDetectedAndNoted() throws IOException {
    String text = "Caf\u00e9 owners in the old town said business was slower this year. \u00abWe had fewer "
        + "tourists,\u00bb said the owner, who asked that her name not be used. The na\u00efve plan failed.";
    Files.write(dir.resolve("latin.txt"), text.getBytes(Charset.forName("windows-1252")));
    IngestResult r = IngestResult.run(Ingestor.builder(), dir.resolve("latin.txt").toString());
    assertThat(r.articles.getFirst().text()).isEqualTo(text);
    assertThat(r.reasons()).containsExactly(ProblemReason.CHARSET_DECODED);
    assertThat(r.summary.skipped()).isZero();
  }

  @Test
  void ingest_fileOverLimitNamesTheOption() throws IOException {
    write("big.txt", "x".repeat(5000));
    IngestResult r = IngestResult.run(Ingestor.builder().maxFileBytes(1000), dir.toString());
    assertThat(r.articles).isEmpty();
    IngestProblem problem = r.summary.problems().getFirst();
    assertThat(problem.reason()).isEqualTo(ProblemReason.FILE_TOO_LARGE);
    assertThat(problem.detail()).contains("1000 bytes limit");
    assertThat(problem.fix()).contains("--max-file-size");
  }

  @Test
  void ingest_duplicateIdsKeepTheFirst() throws IOException {
    write("feed.jsonl", "{\"id\":\"x\",\"text\":\"First text.\"}\n{\"id\":\"x\",\"text\":\"Second text.\"}\n");
    IngestResult r = IngestResult.run(Ingestor.builder(), dir.toString());
    assertThat(r.articles).extracting(Article::text).containsExactly("First text.");
    assertThat(r.summary.problems().getFirst().reason()).isEqualTo(ProblemReason.DUPLICATE_ID);
    assertThat(r.summary.problems().getFirst().line()).isEqualTo(2L);
  }

  @Test
  void ingest_jsonlFieldProblemsAreSpecific() throws IOException {
    write("feed.jsonl", "{\"id\":\"o\",\"text\":{\"body\":\"nested\"}}\n{\"id\":\"e\",\"text\":\"  \"}\n"
        + "{\"id\":\"m\",\"headline\":\"Only a headline\"}\n{\"id\":\"" + "x".repeat(600) + "\",\"text\":\"Long id.\"}\n"
        + "{\"id\":\"b\",\"body\":\"Body alias works.\",\"date\":\"1679392980\"}\n");
    IngestResult r = IngestResult.run(Ingestor.builder(), dir.toString());
    assertThat(r.ids()).containsExactly("b");
    assertThat(r.article("b").published().iso()).isEqualTo("2023-03-21T10:03:00Z");
    assertThat(r.summary.problems()).extracting(IngestProblem::detail).satisfiesExactly(
        d -> assertThat(d).isEqualTo("field \"text\" is a JSON object, not a string"),
        d -> assertThat(d).isEqualTo("text field is empty"),
        d -> assertThat(d).contains("no text field", "found id, headline"),
        d -> assertThat(d).contains("600 characters"));
  }

  @Test
  void ingest_contentHashIdWhenNoneGiven() throws IOException {
    write("feed.jsonl", "{\"text\":\"Anonymous text.\"}\n");
    IngestResult r = IngestResult.run(Ingestor.builder(), dir.toString());
    assertThat(r.ids().getFirst()).startsWith("sha256-");
  }

  @Test
  void ingest_batchesAndProgress() throws IOException {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      feed.append("{\"id\":\"n").append(i).append("\",\"text\":\"Number ").append(i).append(" story.\"}\n");
    }
    Path file = write("feed.jsonl", feed.toString());
    IngestResult r = IngestResult.run(Ingestor.builder().batchSize(2), file.toString());
    assertThat(r.batchSizes).containsExactly(2, 2, 1);
    IngestProgress last = r.progress.getLast();
    assertThat(last.bytesDone()).isEqualTo(Files.size(file)).isEqualTo(last.bytesTotal());
    assertThat(last.filesDone()).isEqualTo(1);
    assertThat(last.articles()).isEqualTo(5);
    assertThat(last.fraction()).isEqualTo(1.0);
  }

  @Test
  void ingest_maxSkippedAborts() throws IOException {
    write("feed.jsonl", "bad\nbad\nbad\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n");
    assertThatThrownBy(() -> IngestResult.run(Ingestor.builder().maxSkipped(1), dir.toString()))
        .isInstanceOf(IngestAbortedException.class)
        .hasMessageContaining("maxSkipped = 1");
  }

  @Test
  void ingest_gzippedJsonl() throws IOException {
    Path file = dir.resolve("feed.jsonl.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("{\"id\":\"z\",\"text\":\"Zipped text.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    IngestResult r = IngestResult.run(Ingestor.builder(), file.toString());
    assertThat(r.ids()).containsExactly("z");
  }

  @Test
  void ingest_truncatedGzipKeepsRecordsBeforeTheCut() throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
      for (int i = 0; i < 200; i++) {
        out.write(("{\"id\":\"t" + i + "\",\"text\":\"Record " + i + " has its own words " + i * 7 + ".\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = bytes.toByteArray();
    Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(all, all.length / 2));
    IngestResult r = IngestResult.run(Ingestor.builder(), dir.toString());
    assertThat(r.articles).isNotEmpty().hasSizeLessThan(200);
    assertThat(r.reasons()).contains(ProblemReason.TRUNCATED_FILE);
  }

  @Test
  void ingest_streamDetectsFormatFromName() throws IOException {
    byte[] jsonl = "{\"id\":\"s\",\"text\":\"From a stream.\"}\n".getBytes(StandardCharsets.UTF_8);
    IngestResult r = IngestResult.stream(Ingestor.builder(), "upload.ndjson", new ByteArrayInputStream(jsonl));
    assertThat(r.ids()).containsExactly("s");
    assertThat(r.article("s").origin()).isEqualTo("upload.ndjson:1");
  }

  @Test
  void ingest_twoPassStripsOutletBoilerplate() throws IOException {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      feed.append("{\"id\":\"p").append(i).append("\",\"url\":\"https://planet.example/").append(i)
          .append("\",\"text\":\"Story number ").append(i).append(" is about the harbor, item ").append(i * 13)
          .append(".\\nThe Planet desk sends harbor news every morning\"}\n");
    }
    Path file = write("feed.jsonl", feed.toString());
    IngestResult r = IngestResult.run(Ingestor.builder().boilerplate(BoilerplateMode.TWO_PASS).batchSize(2),
        file.toString());
    for (Article a : r.articles) {
      assertThat(a.cleanedText()).doesNotContain("Planet desk");
      assertThat(a.stripped()).extracting(s -> s.kind()).containsExactly(ChromeKind.OUTLET_BOILERPLATE);
    }
    IngestResult off = IngestResult.run(Ingestor.builder().boilerplate(BoilerplateMode.OFF), file.toString());
    assertThat(off.articles.getFirst().cleanedText()).contains("Planet desk");
  }

  @Test
  void ingest_consumerFailuresPropagate() throws IOException {
    write("feed.jsonl", "{\"id\":\"a\",\"text\":\"Alpha.\"}\n");
    Files.write(dir.resolve("crawl.warc.gz"), WarcArticleReaderTest.archive(org.netpreserve.jwarc.WarcCompression.GZIP));
    for (String input : List.of(dir.resolve("feed.jsonl").toString(), dir.resolve("crawl.warc.gz").toString())) {
      Ingestor ingestor = Ingestor.builder().batchSize(1).build();
      assertThatThrownBy(() -> ingestor.ingest(List.of(input), (batch, p) -> {
        throw new IOException("disk full");
      })).isInstanceOf(IOException.class).hasMessage("disk full");
      assertThatThrownBy(() -> ingestor.ingest(List.of(input), (batch, p) -> {
        throw new IllegalStateException("store closed");
      })).isInstanceOf(IllegalStateException.class).hasMessage("store closed");
    }
  }

  @Test
  void ingest_seedCorpus() throws IOException {
    Path seeds = Path.of(System.getProperty("wiretrace.shared", "../shared"), "corpus", "seeds");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "seed corpus absent: " + seeds);
    IngestResult r = IngestResult.run(Ingestor.builder(), seeds.toString());
    org.junit.jupiter.api.Assumptions.assumeTrue(r.articles.size() == 5, "expected the five seed articles");
    assertThat(r.summary.problems()).isEmpty();
    assertThat(r.articles).extracting(a -> a.title() != null).containsExactly(true, true, true, false, false);
    assertThat(r.articles.get(1).published().iso()).isEqualTo("2023-03-21T10:03");
    for (Article a : r.articles) {
      ReaderFuzzTest.assertSpansInBounds(a);
      assertThat(a.cleanedText()).doesNotContain("More Stories", "Give Your Comments", "Publish :",
          "(Photo:", "Beer fanatic");
    }
  }

  @Test
  void ingest_streamWithTwoPassFallsBackToRunningEvidence() throws IOException {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      feed.append("{\"id\":\"p").append(i).append("\",\"outlet\":\"planet.example\",\"text\":\"Story ")
          .append(i).append(" about item ").append(i * 17).append(".\\nThe Planet desk sends harbor news\"}\n");
    }
    IngestResult r = IngestResult.stream(Ingestor.builder().boilerplate(BoilerplateMode.TWO_PASS), "feed.jsonl",
        new ByteArrayInputStream(feed.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(r.articles).allSatisfy(a -> assertThat(a.cleanedText()).doesNotContain("Planet desk"));
  }
}
