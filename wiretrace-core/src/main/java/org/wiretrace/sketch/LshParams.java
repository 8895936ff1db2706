package org.wiretrace.sketch;

/**
 * LSH banding of a MinHash signature: {@code bands} bands of {@code rows} values each. Two articles
 * become candidates when all rows of at least one band agree.
 *
 * <p>Method (Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3.4): with Jaccard
 * similarity {@code s}, one band agrees with probability {@code s^r}, so the pair is a candidate with
 * probability {@code P(s) = 1 - (1 - s^r)^b}, an S-curve whose steep part sits near
 * {@code (1/b)^(1/r)}. For a target threshold {@code t}, {@link #optimal} picks the {@code (b, r)}
 * with {@code b·r ≤ numPerm} minimising {@code wFP·∫₀ᵗ P(s) ds + wFN·∫ₜ¹ (1 - P(s)) ds}: the first
 * integral is the false-positive mass (pairs below t that still collide and cost a verification),
 * the second the false-negative mass (pairs above t that are missed). This is the rule datasketch's
 * {@code MinHashLSH} uses. Raising {@code wFN} moves the curve left: fewer misses, more candidates
 * to verify. Misses are worse for us (a missed copy is never reported, a false candidate only costs
 * one alignment), so the default weights are wFP 0.3, wFN 0.7.
 *
 * @param bands number of bands b
 * @param rows rows per band r
 */
public record LshParams(int bands, int rows) {

  private static final int INTEGRATION_STEPS = 200;

  /** Validates the shape. */
  public LshParams {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "LSH bands × rows = " + bands + " × " + rows + " must both be at least 1");
    }
  }

  /**
   * Returns the probability that a pair with Jaccard similarity {@code s} becomes a candidate.
   *
   * @param s Jaccard similarity in [0, 1]
   * @return {@code 1 - (1 - s^r)^b}
   */
  public double probability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  /**
   * Returns the banding that minimises the weighted false-positive and false-negative mass.
   *
   * @param threshold target Jaccard similarity, in (0, 1)
   * @param numPerm signature length
   * @param fpWeight weight of false positives
   * @param fnWeight weight of false negatives
   * @return the best banding
   */
  public static LshParams optimal(double threshold, int numPerm, double fpWeight, double fnWeight) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException(
          "LSH threshold " + threshold + " must lie strictly between 0 and 1; try 0.3");
    }
    LshParams best = new LshParams(1, 1);
    double bestError = Double.MAX_VALUE;
    for (int b = 1; b <= numPerm; b++) {
      for (int r = 1; b * r <= numPerm; r++) {
        LshParams candidate = new LshParams(b, r);
        double error = fpWeight * candidate.falsePositiveMass(threshold)
            + fnWeight * candidate.falseNegativeMass(threshold);
        if (error < bestError) {
          bestError = error;
          best = candidate;
        }
      }
    }
    return best;
  }

  /**
   * Returns {@code ∫₀ᵗ P(s) ds}, the false-positive mass below the threshold.
   *
   * @param threshold the target threshold
   * @return the area
   */
  public double falsePositiveMass(double threshold) {
    return integrate(0, threshold, false);
  }

  /**
   * Returns {@code ∫ₜ¹ (1 - P(s)) ds}, the false-negative mass above the threshold.
   *
   * @param threshold the target threshold
   * @return the area
   */
  public double falseNegativeMass(double threshold) {
    return integrate(threshold, 1, true);
  }

  private double integrate(double from, double to, boolean complement) {
    double step = (to - from) / INTEGRATION_STEPS;
    double sum = 0;
    for (int i = 0; i < INTEGRATION_STEPS; i++) {
      double p = probability(from + (i + 0.5) * step);
      sum += (complement ? 1 - p : p) * step;
    }
    return sum;
  }

  @Override
  public String toString() {
    return bands + "x" + rows;
  }
}
