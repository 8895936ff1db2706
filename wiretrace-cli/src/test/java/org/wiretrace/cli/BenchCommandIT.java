package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandIT {

  @TempDir Path dir;

  @Test
  void bench_smallCorpusPrintsTableAndSummary() throws Exception {
    CliRunner.Result result = new CliRunner(dir).run("bench", "--articles", "20", "--seed", "3", "--no-onnx",
        "--queries", "3", "--store", "store");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("ingest + detect", "report from store", "end to end",
        "candidate recall duplicate/syndicated", "trace latency",
        "embedding lexical", "peak RSS", "store size");
    String last = result.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).startsWith("articles=").contains(" ingest_aps=", " ingest_cpu_s=", " report_s=", " e2e_aps=",
        " trace_p99_ms=", " store_mb_per_1000=",
        " rss_mb=");
    assertThat(Files.isDirectory(dir.resolve("store"))).isTrue();
  }

  @Test
  void bench_nonEmptyStoreRefused() throws Exception {
    Files.createDirectories(dir.resolve("full"));
    Files.writeString(dir.resolve("full/x"), "x");

    CliRunner.Result result = new CliRunner(dir).run("bench", "--articles", "20", "--store", "full");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("not empty");
  }
}
