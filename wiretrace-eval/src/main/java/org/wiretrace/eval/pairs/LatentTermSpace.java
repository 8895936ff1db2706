package org.wiretrace.eval.pairs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A latent sentence space from TF-KLD-weighted terms, after Ji and Eisenstein ("Discriminative
 * Improvements to Distributional Sentence Similarity", EMNLP 2013), with a truncated SVD (subspace
 * iteration, Halko, Martinsson and Tropp 2011) in place of their non-negative factorisation, fitted
 * inductively on the sentences of the fitting pairs only. Experiment only ({@link
 * WordSimilarityExperiment}).
 */
final class LatentTermSpace {

  private static final int ITERATIONS = 3;

  private final Map<Long, Integer> index;
  private final double[] termWeight;
  private final double[][] basis;

  private LatentTermSpace(Map<Long, Integer> index, double[] termWeight, double[][] basis) {
    this.index = index;
    this.termWeight = termWeight;
    this.basis = basis;
  }

  /**
   * Fits the space on the sentences of the chosen pairs.
   *
   * @param pairs the terms of both sides of each pair (sorted distinct hashes)
   * @param use which pairs to take sentences from
   * @param weights the term weights
   * @param rank the latent dimensions
   * @param seed the seed of the random start
   * @return the space
   */
  static LatentTermSpace fit(List<long[][]> pairs, boolean[] use, TermKlWeights weights, int rank, long seed) {
    Map<Long, Integer> index = new HashMap<>();
    int rows = 0;
    for (int i = 0; i < use.length; i++) {
      for (long[] side : use[i] ? pairs.get(i) : new long[0][]) {
        for (long t : side) {
          index.putIfAbsent(t, index.size());
        }
        rows++;
      }
    }
    double[] termWeight = new double[index.size()];
    index.forEach((t, k) -> termWeight[k] = weights.weight(t));
    int[][] sentences = new int[rows][];
    int r = 0;
    for (int i = 0; i < use.length; i++) {
      for (long[] side : use[i] ? pairs.get(i) : new long[0][]) {
        sentences[r] = new int[side.length];
        for (int k = 0; k < side.length; k++) {
          sentences[r][k] = index.get(side[k]);
        }
        r++;
      }
    }
    return new LatentTermSpace(index, termWeight, subspace(sentences, termWeight, rank, seed));
  }

  /** Orthonormal basis (rank × terms) of the top right singular subspace of the weighted matrix. */
  private static double[][] subspace(int[][] sentences, double[] w, int rank, long seed) {
    int terms = w.length;
    SplittableRandom random = new SplittableRandom(seed);
    double[][] q = new double[rank][terms];
    for (double[] row : q) {
      for (int t = 0; t < terms; t++) {
        row[t] = random.nextDouble() - 0.5;
      }
    }
    orthonormalise(q);
    for (int it = 0; it < ITERATIONS; it++) {
      double[][] next = new double[rank][terms];
      for (int[] s : sentences) {
        for (int c = 0; c < rank; c++) {
          double dot = 0;
          for (int t : s) {
            dot += w[t] * q[c][t];
          }
          for (int t : s) {
            next[c][t] += w[t] * dot;
          }
        }
      }
      orthonormalise(next);
      q = next;
    }
    return q;
  }

  private static void orthonormalise(double[][] q) {
    for (int c = 0; c < q.length; c++) {
      for (int p = 0; p < c; p++) {
        double dot = 0;
        for (int t = 0; t < q[c].length; t++) {
          dot += q[c][t] * q[p][t];
        }
        for (int t = 0; t < q[c].length; t++) {
          q[c][t] -= dot * q[p][t];
        }
      }
      double norm = 0;
      for (double v : q[c]) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      for (int t = 0; t < q[c].length; t++) {
        q[c][t] = norm == 0 ? 0 : q[c][t] / norm;
      }
    }
  }

  /**
   * Projects a sentence's terms into the space, as a unit vector (zero when no term is known).
   *
   * @param terms sorted distinct term hashes
   * @return the latent vector
   */
  double[] project(long[] terms) {
    double[] z = new double[basis.length];
    for (long t : terms) {
      Integer k = index.get(t);
      if (k != null) {
        for (int c = 0; c < z.length; c++) {
          z[c] += termWeight[k] * basis[c][k];
        }
      }
    }
    double norm = 0;
    for (double v : z) {
      norm += v * v;
    }
    for (int c = 0; c < z.length; c++) {
      z[c] = norm == 0 ? 0 : z[c] / Math.sqrt(norm);
    }
    return z;
  }
}
