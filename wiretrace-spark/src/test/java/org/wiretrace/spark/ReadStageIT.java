package org.wiretrace.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ReadStageIT {

  @TempDir Path dir;

  @Test
  void run_badInput_rejectsCountedAndJobCompletes() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"harbour-1\",\"title\":\"Ferry vote\",\"text\":\"The harbour council voted seven to two on Tuesday to keep the night ferry running.\"}",
        "{\"id\":\"harbour-2\",\"text\":\"Dock workers in Quillmouth said the new timetable would cost them two hours a day.\"",
        "{\"id\":\"harbour-3\",\"text\":\"The ferry operator said fares would stay the same until the spring review.\"}",
        "{\"id\":\"harbour-1\",\"text\":\"A second record reusing the first id, which the job must reject.\"}"));
    byte[] warc = warc();
    Files.write(in.resolve("crawl.warc.gz"), Arrays.copyOf(warc, warc.length - 120));
    Files.writeString(in.resolve("note.txt"), "Lantern makers in Orrowby opened their workshops to visitors on Saturday.\n");
    JobConfig config = JobConfig.parse("--partitions", "2", dir.resolve("out").toString(), in.toString(),
        dir.resolve("nothing-here").toString());

    JobSummary summary = ReuseJob.run(SparkTestSession.get(), config);

    assertThat(summary.files()).isEqualTo(3);
    assertThat(summary.rejectsByReason()).containsEntry("MALFORMED_JSON", 1L)
        .containsEntry("TRUNCATED_FILE", 1L).containsEntry("DUPLICATE_ID", 1L).containsEntry("PATH_NOT_FOUND", 1L);
    assertThat(summary.articles()).isEqualTo(2 + 1 + 1);
    List<Row> rejects = SparkTestSession.get().read().parquet(dir.resolve("out/parquet/rejects").toString())
        .collectAsList();
    assertThat(rejects).anySatisfy(r -> {
      assertThat(r.<String>getAs("reason")).isEqualTo("MALFORMED_JSON");
      assertThat(r.<Long>getAs("line")).isEqualTo(2L);
      assertThat(r.<String>getAs("file")).endsWith("feed.jsonl");
    });
    assertThat(Files.list(dir.resolve("out/jsonl/rejects")).anyMatch(p -> p.toString().endsWith(".json"))).isTrue();
  }

  /** A gzipped WARC with two invented HTML pages; the test cuts its tail off. */
  private static byte[] warc() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
      for (int i = 1; i <= 2; i++) {
        String html = "<html><head><title>Lantern festival " + i + "</title></head><body><article><p>The lantern"
            + " festival in Orrowby drew " + (i * 400) + " visitors on its opening night, organisers said.</p>"
            + "<p>Stalls along the canal sold paper lanterns until midnight.</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create("https://orrowby-post.example/lanterns-" + i))
            .date(Instant.parse("2025-05-10T00:00:00Z")).body(http).build());
      }
    }
    return out.toByteArray();
  }

  @SuppressWarnings("unused")
  private static final Map<String, String> NONE = Map.of();
}
