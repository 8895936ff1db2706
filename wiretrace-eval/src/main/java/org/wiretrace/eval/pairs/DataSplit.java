package org.wiretrace.eval.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, label-stratified splits of labelled pairs: a train/held-out split and k folds. The same
 * seed and input give the same split on every machine (a Fisher-Yates shuffle per label driven by
 * {@link SplittableRandom}).
 */
final class DataSplit {

  private DataSplit() {}

  /**
   * Splits pairs into folds of near-equal size and label balance.
   *
   * @param pairs the pairs
   * @param folds how many, at least 2
   * @param seed the shuffle seed
   * @return fold index of each pair
   */
  static int[] folds(List<LabelledPair> pairs, int folds, long seed) {
    if (folds < 2 || folds > pairs.size()) {
      throw new IllegalArgumentException(
          "folds = " + folds + " must be in [2, " + pairs.size() + "]; try 5");
    }
    int[] fold = new int[pairs.size()];
    SplittableRandom random = new SplittableRandom(seed);
    int next = 0;
    for (boolean label : new boolean[] {true, false}) {
      for (int index : shuffled(indicesWithLabel(pairs, label), random)) {
        fold[index] = next++ % folds;
      }
    }
    return fold;
  }

  /**
   * Marks a held-out share of the pairs, stratified by label.
   *
   * @param pairs the pairs
   * @param heldOut the share to hold out, in (0, 1)
   * @param seed the shuffle seed
   * @return true for held-out pairs
   */
  static boolean[] heldOut(List<LabelledPair> pairs, double heldOut, long seed) {
    if (!(heldOut > 0 && heldOut < 1)) {
      throw new IllegalArgumentException("holdout = " + heldOut + " must be in (0, 1); try 0.2");
    }
    boolean[] out = new boolean[pairs.size()];
    SplittableRandom random = new SplittableRandom(seed);
    for (boolean label : new boolean[] {true, false}) {
      List<Integer> indices = shuffled(indicesWithLabel(pairs, label), random);
      long take = Math.round(indices.size() * heldOut);
      for (int k = 0; k < take; k++) {
        out[indices.get(k)] = true;
      }
    }
    return out;
  }

  private static List<Integer> indicesWithLabel(List<LabelledPair> pairs, boolean label) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i).paraphrase() == label) {
        indices.add(i);
      }
    }
    return indices;
  }

  private static List<Integer> shuffled(List<Integer> indices, SplittableRandom random) {
    for (int i = indices.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer swap = indices.get(i);
      indices.set(i, indices.get(j));
      indices.set(j, swap);
    }
    return indices;
  }
}
