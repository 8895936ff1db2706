package org.wiretrace.eval.bench;

import java.util.Arrays;

/** Percentiles of measured durations (nearest rank). */
public final class Latencies {

  private Latencies() {}

  /**
   * Returns a percentile by nearest rank.
   *
   * @param nanos the durations; not modified
   * @param percent 0 to 100
   * @return the duration in milliseconds, 0 for no durations
   */
  public static double percentileMillis(long[] nanos, double percent) {
    if (nanos.length == 0) {
      return 0;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
  }
}
