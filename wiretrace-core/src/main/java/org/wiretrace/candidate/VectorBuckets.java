package org.wiretrace.candidate;

import java.util.SplittableRandom;

/**
 * Random-hyperplane LSH for cosine similarity (Charikar 2002, "Similarity estimation techniques from
 * rounding algorithms"): each of {@code tables} tables hashes a vector to the signs of its dot
 * products with {@code bits} random hyperplanes. Two vectors at angle θ agree on one bit with
 * probability {@code 1 - θ/π}, so near neighbours share a bucket in some table with high
 * probability while far vectors rarely do; exact cosines are then computed for bucket mates only.
 *
 * <p>The hyperplanes are very sparse (Li, Hastie and Church, "Very sparse random projections",
 * 2006): {@value #NONZERO} random coordinates with random signs, which keeps the sign statistics of
 * dense Gaussian planes for spread-out vectors at a fraction of the cost. With 12 bits and 10 tables
 * a sentence pair at cosine 0.9 (θ ≈ 0.14π) meets in at least one table with probability about
 * {@code 1 - (1 - 0.86^12)^10 ≈ 0.86}, at cosine 0.8 about 0.48 — per sentence; an article with
 * several reused sentences is found with much higher probability. Seeded, deterministic,
 * thread-safe after construction.
 */
final class VectorBuckets {

  static final int NONZERO = 24;

  private final int tables;
  private final int bits;
  private final int dimensions;
  private final int[][] coordinates;
  private final float[][] signs;

  VectorBuckets(int dimensions, int tables, int bits, long seed) {
    this.tables = tables;
    this.bits = bits;
    this.dimensions = dimensions;
    SplittableRandom random = new SplittableRandom(seed);
    int planes = tables * bits;
    int nonzero = Math.min(NONZERO, dimensions);
    coordinates = new int[planes][nonzero];
    signs = new float[planes][nonzero];
    for (int p = 0; p < planes; p++) {
      for (int k = 0; k < nonzero; k++) {
        coordinates[p][k] = random.nextInt(dimensions);
        signs[p][k] = random.nextBoolean() ? 1f : -1f;
      }
    }
  }

  int dimensions() {
    return dimensions;
  }

  /** Returns one bucket key per table; the table number is in the top bits. */
  long[] keys(float[] vector) {
    long[] keys = new long[tables];
    for (int t = 0; t < tables; t++) {
      long key = (long) t << 32;
      for (int b = 0; b < bits; b++) {
        if (project(t * bits + b, vector) >= 0) {
          key |= 1L << b;
        }
      }
      keys[t] = key;
    }
    return keys;
  }

  private float project(int plane, float[] vector) {
    int[] c = coordinates[plane];
    float[] s = signs[plane];
    float sum = 0;
    for (int k = 0; k < c.length; k++) {
      sum += s[k] * vector[c[k]];
    }
    return sum;
  }
}
