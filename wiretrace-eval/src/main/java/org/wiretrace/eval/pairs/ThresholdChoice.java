package org.wiretrace.eval.pairs;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Chooses the decision threshold on predicted probabilities that maximises F1 of the positive
 * class on labelled (training) data. Candidates are midpoints between consecutive distinct scores,
 * swept in one pass after sorting, so the choice is exact and O(n log n). Ties in F1 go to the
 * threshold closest to 0.5, which keeps the choice stable.
 */
final class ThresholdChoice {

  private ThresholdChoice() {}

  /**
   * Returns the F1-maximising threshold: predict positive when {@code p >= threshold}.
   *
   * @param scores predicted probabilities
   * @param gold labels
   * @return the threshold
   */
  static double bestF1(double[] scores, boolean[] gold) {
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    int positives = 0;
    for (boolean g : gold) {
      positives += g ? 1 : 0;
    }
    double best = -1;
    double threshold = 0.5;
    int tp = 0;
    for (int rank = 0; rank < order.length; rank++) {
      tp += gold[order[rank]] ? 1 : 0;
      boolean boundary = rank + 1 == order.length || scores[order[rank + 1]] < scores[order[rank]];
      if (boundary) {
        double f1 = 2.0 * tp / (rank + 1 + positives);
        double cut = rank + 1 == order.length ? 0 : (scores[order[rank]] + scores[order[rank + 1]]) / 2;
        if (f1 > best + 1e-12 || (Math.abs(f1 - best) <= 1e-12 && Math.abs(cut - 0.5) < Math.abs(threshold - 0.5))) {
          best = f1;
          threshold = cut;
        }
      }
    }
    return threshold;
  }
}
