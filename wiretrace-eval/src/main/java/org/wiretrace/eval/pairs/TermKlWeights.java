package org.wiretrace.eval.pairs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Discriminative term weights of TF-KLD (Ji and Eisenstein, "Discriminative Improvements to
 * Distributional Sentence Similarity", EMNLP 2013), learned from labelled pairs, and the weighted
 * overlap features they give. Experiment only ({@link WordSimilarityExperiment}).
 *
 * <p>For each term (a hashed content stem or word bigram of the engine's profiles): among the pairs
 * in which it occurs on at least one side, p is the share of paraphrases in which it occurs on both,
 * q the same among non-paraphrases (each with additive smoothing); its weight is the Kullback–Leibler
 * divergence KL(Bernoulli(p) ‖ Bernoulli(q)) plus a floor. Unseen terms weigh the floor alone.
 */
final class TermKlWeights {

  /** Feature names of {@link #overlap}. */
  static final List<String> NAMES = List.of("weighted_overlap_min", "weighted_overlap_max", "weighted_unmatched_log");

  private final Map<Long, Double> weights;
  private final double floor;

  private TermKlWeights(Map<Long, Double> weights, double floor) {
    this.weights = weights;
    this.floor = floor;
  }

  /**
   * Learns the weights.
   *
   * @param pairs the terms of both sides of each pair (sorted distinct hashes)
   * @param labels the labels, true for a paraphrase
   * @param use which pairs to learn from
   * @param smoothing the additive smoothing of p and q
   * @param floor the weight added to every term
   * @return the weights
   */
  static TermKlWeights learn(List<long[][]> pairs, boolean[] labels, boolean[] use, double smoothing,
      double floor) {
    Map<Long, int[]> counts = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      if (use[i]) {
        count(pairs.get(i)[0], pairs.get(i)[1], labels[i] ? 2 : 0, counts);
      }
    }
    Map<Long, Double> weights = new HashMap<>();
    for (Map.Entry<Long, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      double p = (c[3] + smoothing) / (c[2] + 2 * smoothing);
      double q = (c[1] + smoothing) / (c[0] + 2 * smoothing);
      weights.put(e.getKey(), p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q)));
    }
    return new TermKlWeights(weights, floor);
  }

  /** Counts, per term of the union, occurrences (slot) and occurrences on both sides (slot + 1). */
  private static void count(long[] a, long[] b, int slot, Map<Long, int[]> counts) {
    for (long term : a) {
      int[] c = counts.computeIfAbsent(term, k -> new int[4]);
      c[slot]++;
      c[slot + 1] += Arrays.binarySearch(b, term) >= 0 ? 1 : 0;
    }
    for (long term : b) {
      if (Arrays.binarySearch(a, term) < 0) {
        counts.computeIfAbsent(term, k -> new int[4])[slot]++;
      }
    }
  }

  /**
   * Returns {min, max} of the weighted containment both ways and log1p of the unmatched weight.
   *
   * @param a one side's sorted distinct terms
   * @param b the other side's
   * @return the features, in {@link #NAMES} order
   */
  double[] overlap(long[] a, long[] b) {
    double wa = mass(a);
    double wb = mass(b);
    double shared = 0;
    for (long term : a) {
      shared += Arrays.binarySearch(b, term) >= 0 ? weight(term) : 0;
    }
    double ca = wa == 0 ? 0 : shared / wa;
    double cb = wb == 0 ? 0 : shared / wb;
    return new double[] {Math.min(ca, cb), Math.max(ca, cb), Math.log1p(wa + wb - 2 * shared)};
  }

  private double mass(long[] terms) {
    double sum = 0;
    for (long term : terms) {
      sum += weight(term);
    }
    return sum;
  }

  /** The weight of a term: its divergence plus the floor. */
  double weight(long term) {
    return weights.getOrDefault(term, 0.0) + floor;
  }
}
