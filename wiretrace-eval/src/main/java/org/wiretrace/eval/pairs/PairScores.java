package org.wiretrace.eval.pairs;

import java.util.Locale;

/**
 * Confusion counts of a binary paraphrase decision and the scores of the positive class.
 *
 * @param truePositives paraphrases predicted as paraphrases
 * @param falsePositives non-paraphrases predicted as paraphrases
 * @param trueNegatives non-paraphrases predicted as such
 * @param falseNegatives paraphrases missed
 */
public record PairScores(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

  /**
   * Counts decisions against gold labels.
   *
   * @param gold the labels
   * @param predicted the decisions, same length
   * @return the counts
   */
  static PairScores count(boolean[] gold, boolean[] predicted) {
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (int i = 0; i < gold.length; i++) {
      if (predicted[i]) {
        tp += gold[i] ? 1 : 0;
        fp += gold[i] ? 0 : 1;
      } else {
        fn += gold[i] ? 1 : 0;
        tn += gold[i] ? 0 : 1;
      }
    }
    return new PairScores(tp, fp, tn, fn);
  }

  /**
   * Returns the number of pairs scored.
   *
   * @return n
   */
  public int n() {
    return truePositives + falsePositives + trueNegatives + falseNegatives;
  }

  /**
   * Returns the share of correct decisions.
   *
   * @return accuracy, 0 when empty
   */
  public double accuracy() {
    return ratio(truePositives + trueNegatives, n());
  }

  /**
   * Returns the share of predicted paraphrases that are paraphrases.
   *
   * @return precision, 0 when nothing was predicted positive
   */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /**
   * Returns the share of paraphrases found.
   *
   * @return recall, 0 when there are no paraphrases
   */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /**
   * Returns the harmonic mean of precision and recall.
   *
   * @return F1, 0 when both are 0
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Returns the summary line {@code accuracy=A precision=P recall=R f1=F n=N}.
   *
   * @return the line, four decimals
   */
  public String summaryLine() {
    return String.format(
        Locale.ROOT,
        "accuracy=%.4f precision=%.4f recall=%.4f f1=%.4f n=%d",
        accuracy(), precision(), recall(), f1(), n());
  }

  /**
   * Adds two sets of counts (for pooling cross-validation folds).
   *
   * @param other more counts
   * @return the sums
   */
  public PairScores plus(PairScores other) {
    return new PairScores(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        trueNegatives + other.trueNegatives,
        falseNegatives + other.falseNegatives);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
