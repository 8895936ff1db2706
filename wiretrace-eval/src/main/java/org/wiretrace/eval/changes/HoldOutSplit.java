package org.wiretrace.eval.changes;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded split of a labelled file's lines into a development part and a held-out part. Each line
 * is assigned by its number alone (a seeded draw per line), so the split does not depend on the
 * file's other lines and the same seed always holds out the same lines.
 *
 * @param share the share of lines held out, in [0, 1); 0 disables the split
 * @param seed the seed of the per-line draw
 */
public record HoldOutSplit(double share, long seed) {

  /** No split: every line is scored as one part. */
  public static final HoldOutSplit NONE = new HoldOutSplit(0, 0);

  /** Validates the share. */
  public HoldOutSplit {
    if (!(share >= 0 && share < 1)) {
      throw new IllegalArgumentException(
          "hold-out share " + share + " is outside [0, 1); give e.g. --holdout 0.3 to hold out 30% of the lines");
    }
  }

  /** Returns whether a held-out part exists. */
  public boolean enabled() {
    return share > 0;
  }

  /**
   * Returns whether a line belongs to the held-out part.
   *
   * @param lineNumber the 1-based line number
   * @return true when held out
   */
  public boolean isHeldOut(int lineNumber) {
    return enabled() && new SplittableRandom(seed * 1_000_003L + lineNumber).nextDouble() < share;
  }

  /** Returns a one-line description, e.g. "30% of lines held out, seed 7". */
  public String describe() {
    return String.format(Locale.ROOT, "%.0f%% of lines held out, seed %d (rules are tuned on the development part only)",
        share * 100, seed);
  }
}
