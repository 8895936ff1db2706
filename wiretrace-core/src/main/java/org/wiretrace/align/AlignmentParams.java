package org.wiretrace.align;

/**
 * Thresholds of alignment. Whether two sentences align on their own is the {@link
 * SentencePairJudge}'s call (its fitted threshold); see {@link SentenceAligner} for how these
 * thresholds are used around it.
 *
 * @param weakShare share of the judge's threshold accepted when a pair continues an aligned run in
 *     order (gap filling)
 * @param mergeGain gain in log-odds of the judge's probability needed to grow a pair into a 1:n or n:1 passage
 * @param verbatimBigrams word-bigram Dice at or above which a pair is VERBATIM
 * @param editedBigrams word-bigram Dice at or above which a pair is EDITED (else PARAPHRASED)
 */
public record AlignmentParams(double weakShare, double mergeGain, double verbatimBigrams, double editedBigrams) {

  /** Validates ranges and order. */
  public AlignmentParams {
    requireShare("weakShare", weakShare);
    requireShare("mergeGain", mergeGain);
    requireShare("verbatimBigrams", verbatimBigrams);
    requireShare("editedBigrams", editedBigrams);
    if (editedBigrams > verbatimBigrams) {
      throw new IllegalArgumentException(
          "editedBigrams " + editedBigrams + " exceeds verbatimBigrams " + verbatimBigrams
              + "; an EDITED pair must need less overlap than a VERBATIM one");
    }
  }

  /**
   * Returns the defaults, set on the invented fixtures and the seed articles.
   *
   * @return weakShare 0.5, mergeGain 0.3, verbatim 0.92, edited 0.5
   */
  public static AlignmentParams defaults() {
    return new AlignmentParams(0.5, 0.3, 0.92, 0.5);
  }

  private static void requireShare(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "alignment " + name + " = " + value + " must lie in [0, 1]");
    }
  }
}
