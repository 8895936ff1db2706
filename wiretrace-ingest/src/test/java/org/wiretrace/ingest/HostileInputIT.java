package org.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs too heavy for unit tests: 100,000-deep HTML, 200 MB files and lines. */
class HostileInputIT {

  private static final long MB = 1 << 20;

  @TempDir Path dir;

  @Test
  void read_htmlNested100kDeep_finishes() {
    int depth = 100_000;
    String html = "<html><body>" + "<div>".repeat(depth) + "<p>Deep paragraph text that is long enough to count.</p>"
        + "</div>".repeat(depth) + "<p>Shallow paragraph text that is long enough to count.</p></body></html>";
    IngestResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> IngestResult.stream(
        Ingestor.builder(), "deep.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
    assertThat(r.articles).hasSize(1);
    assertThat(r.articles.getFirst().text()).contains("Shallow paragraph");
  }

  @Test
  void ingest_200MbTextAndHtml_rejectedBySizeWithoutReading() throws IOException {
    for (String name : List.of("huge.txt", "huge.html")) {
      try (RandomAccessFile file = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
        file.setLength(200 * MB); // sparse: no disk space used
      }
    }
    IngestResult r = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> IngestResult.run(Ingestor.builder(), dir.toString()));
    assertThat(r.reasons()).containsExactly(ProblemReason.FILE_TOO_LARGE, ProblemReason.FILE_TOO_LARGE);
    assertThat(r.summary.problems().getFirst().detail()).contains("200 MB", "64 MB limit");
  }

  @Test
  void ingest_200MbJsonlStream_isStreamedAndOversizedLineSkipped() throws IOException {
    byte[] good = "{\"id\":\"before\",\"text\":\"Kept before the giant line.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] after = "\n{\"id\":\"after\",\"text\":\"Kept after the giant line.\"}\n".getBytes(StandardCharsets.UTF_8);
    InputStream giant = new RepeatingStream("{\"id\":\"giant\",\"text\":\"".getBytes(StandardCharsets.UTF_8),
        "word ".getBytes(StandardCharsets.UTF_8), 200 * MB);
    InputStream all = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        new ByteArrayInputStream(good), giant, new ByteArrayInputStream(after))));
    IngestResult r = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> IngestResult.stream(Ingestor.builder(), "big.jsonl", all));
    assertThat(r.ids()).containsExactly("before", "after");
    assertThat(r.reasons()).containsExactly(ProblemReason.RECORD_TOO_LARGE);
    assertThat(r.summary.problems().getFirst().line()).isEqualTo(2L);
  }

  /** A prefix followed by a repeated unit up to a total size, generated on the fly. */
  private static final class RepeatingStream extends InputStream {
    private final byte[] prefix;
    private final byte[] unit;
    private final long size;
    private long pos;

    RepeatingStream(byte[] prefix, byte[] unit, long size) {
      this.prefix = prefix;
      this.unit = unit;
      this.size = size;
    }

    @Override
    public int read() {
      if (pos >= size) {
        return -1;
      }
      long p = pos++;
      return (p < prefix.length ? prefix[(int) p] : unit[(int) ((p - prefix.length) % unit.length)]) & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - pos);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }
  }
}
