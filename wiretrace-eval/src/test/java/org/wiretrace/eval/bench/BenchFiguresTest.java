package org.wiretrace.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchFiguresTest {

  @Test
  void percentileMillis_nearestRank() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L;
    }

    assertThat(Latencies.percentileMillis(nanos, 50)).isEqualTo(50.0);
    assertThat(Latencies.percentileMillis(nanos, 99)).isEqualTo(99.0);
    assertThat(Latencies.percentileMillis(new long[0], 99)).isEqualTo(0.0);
  }

  @Test
  void render_tableThenSummaryLine() {
    BenchFigures f = new BenchFigures();
    f.articles(12);
    f.row("trace latency", "p50 1.0 ms", "note");
    f.key("trace_p99_ms", 2.5);

    String[] lines = f.render().split("\\R");

    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("trace latency  p50 1.0 ms  note");
    assertThat(lines[1]).isEqualTo("articles=12 trace_p99_ms=2.500");
  }

  @Test
  void peakRssBytes_positiveOnLinux() {
    assertThat(Memory.peakRssBytes()).isNotZero();
    assertThat(Memory.peakHeapBytes()).isPositive();
  }
}
