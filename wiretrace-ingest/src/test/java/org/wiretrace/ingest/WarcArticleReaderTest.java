package org.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.wiretrace.model.Article;

class WarcArticleReaderTest {

  @TempDir Path dir;

  /** Writes a small CC-NEWS-like archive: three HTML pages, one image, one redirect. */
  static byte[] archive(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      for (int i = 1; i <= 3; i++) {
        String html = "<html><head><meta property='article:published_time' content='2024-06-0" + i
            + "T12:00:00Z'><title>Story " + i + "</title></head><body><nav><a href='/'>Home</a></nav><article>"
            + "<p>Story " + i + " reports that the harbor council voted " + (i * 3) + " to " + i
            + " on the new ferry timetable.</p><p>More Stories</p></article></body></html>";
        writer.write(response("https://news" + i + ".example/story-" + i, 200, MediaType.HTML_UTF8,
            html.getBytes(StandardCharsets.UTF_8)));
        if (i == 1) {
          writer.write(response("https://news1.example/logo.png", 200, MediaType.parse("image/png"),
              new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
          writer.write(response("https://news1.example/old", 301, MediaType.HTML, new byte[0]));
        }
      }
    }
    return out.toByteArray();
  }

  private static WarcResponse response(String url, int status, MediaType type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
        .body(type, body).build();
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-06-10T00:00:00Z"))
        .body(http).build();
  }

  @Test
  void read_gzippedArchiveYieldsHtmlResponsesOnly() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    Files.write(file, archive(WarcCompression.GZIP));
    IngestResult r = IngestResult.run(Ingestor.builder(), file.toString());
    assertThat(r.articles).hasSize(3);
    assertThat(r.summary.ignoredRecords()).isEqualTo(2);
    assertThat(r.summary.problems()).isEmpty();
    Article first = r.articles.getFirst();
    assertThat(first.id().value()).startsWith("urn:uuid:");
    assertThat(first.url()).isEqualTo("https://news1.example/story-1");
    assertThat(first.outlet().name()).isEqualTo("news1.example");
    assertThat(first.published().iso()).isEqualTo("2024-06-01T12:00Z");
    assertThat(first.extra()).containsEntry("warc_date", "2024-06-10T00:00:00Z");
    assertThat(first.cleanedText()).startsWith("Story 1 reports").doesNotContain("More Stories", "Home");
    assertThat(first.stripped()).hasSize(1);
  }

  @Test
  void read_uncompressedArchive() throws IOException {
    Path file = dir.resolve("crawl.warc");
    Files.write(file, archive(WarcCompression.NONE));
    assertThat(IngestResult.run(Ingestor.builder(), file.toString()).articles).hasSize(3);
  }

  @Test
  void read_truncatedArchiveKeepsEarlierRecords() throws IOException {
    byte[] all = archive(WarcCompression.GZIP);
    Path file = dir.resolve("cut.warc.gz");
    Files.write(file, Arrays.copyOf(all, all.length - 200));
    IngestResult r = IngestResult.run(Ingestor.builder(), file.toString());
    assertThat(r.articles).hasSize(2);
    IngestProblem problem = r.summary.problems().getFirst();
    assertThat(problem.reason()).isEqualTo(ProblemReason.TRUNCATED_FILE);
    assertThat(problem.record()).isEqualTo(5L);
    assertThat(problem.offset()).isPositive();
  }

  @Test
  void read_notAWarc() throws IOException {
    Path file = dir.resolve("fake.warc");
    Files.writeString(file, "this is not an archive\n");
    IngestResult r = IngestResult.run(Ingestor.builder(), file.toString());
    assertThat(r.articles).isEmpty();
    assertThat(r.reasons()).containsExactly(ProblemReason.MALFORMED_RECORD);
  }
}
