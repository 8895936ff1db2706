package org.wiretrace.candidate;

import java.util.SplittableRandom;

/**
 * Random-hyperplane LSH for cosine similarity (Charikar 2002, "Similarity estimation techniques from
 * rounding algorithms"): each of {@code tables} tables hashes a vector to the signs of its dot
 * products with {@code bits} random Gaussian hyperplanes. Two vectors at angle θ agree on one bit
 * with probability {@code 1 - θ/π}, so near neighbours share a bucket in some table with high
 * probability while far vectors rarely do; exact cosines are then computed for bucket mates only.
 * With 10 bits and 12 tables a pair at cosine 0.7 (θ ≈ 0.25π) meets in at least one table with
 * probability {@code 1 - (1 - 0.75^10)^12 ≈ 0.52}, at cosine 0.85 with 0.93. Seeded, deterministic,
 * thread-safe after construction.
 */
final class VectorBuckets {

  private final int tables;
  private final int bits;
  private final float[][] planes;

  VectorBuckets(int dimensions, int tables, int bits, long seed) {
    this.tables = tables;
    this.bits = bits;
    SplittableRandom random = new SplittableRandom(seed);
    planes = new float[tables * bits][dimensions];
    for (float[] plane : planes) {
      for (int d = 0; d < dimensions; d++) {
        plane[d] = (float) gaussian(random);
      }
    }
  }

  int tables() {
    return tables;
  }

  int dimensions() {
    return planes[0].length;
  }

  /** Returns one bucket key per table; the table number is in the top bits. */
  long[] keys(float[] vector) {
    long[] keys = new long[tables];
    for (int t = 0; t < tables; t++) {
      long key = (long) t << 32;
      for (int b = 0; b < bits; b++) {
        if (dot(planes[t * bits + b], vector) >= 0) {
          key |= 1L << b;
        }
      }
      keys[t] = key;
    }
    return keys;
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
