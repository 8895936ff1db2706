package org.wiretrace.eval.pairs;

import java.util.List;

/**
 * Fits a {@link PairModel} on training pairs only: a logistic regression on all of them, and the
 * F1-maximising threshold chosen on out-of-fold probabilities of an inner seeded cross-validation,
 * so the threshold is not tuned on probabilities the model has already seen the labels of.
 */
final class PairTrainer {

  /** Inner folds for the threshold choice. */
  static final int THRESHOLD_FOLDS = 5;

  private final PairFeatureExtractor extractor;
  private final double lambda;
  private final long seed;

  /**
   * Creates a trainer.
   *
   * @param extractor computes the features
   * @param lambda the L2 penalty
   * @param seed the seed of the inner folds
   */
  PairTrainer(PairFeatureExtractor extractor, double lambda, long seed) {
    this.extractor = extractor;
    this.lambda = lambda;
    this.seed = seed;
  }

  /**
   * Fits a model.
   *
   * @param training the training file's identity and the pairs to fit on
   * @param selection which pairs of the file these are, for the model record
   * @return the fitted model
   */
  PairModel fit(PairFile training, String selection) {
    List<LabelledPair> pairs = training.pairs();
    double[][] x = extractor.features(pairs);
    boolean[] y = labels(pairs);
    LogisticRegression full = LogisticRegression.fit(x, y, lambda);
    double threshold = ThresholdChoice.bestF1(outOfFold(pairs, x, y), y);
    return new PairModel(
        PairModel.SCHEMA, PairFeatures.NAMES, full.means(), full.scales(), full.weights(),
        full.bias(), threshold, lambda, seed, extractor.embedderModel(),
        training.path().getFileName().toString(), training.bytes(), pairs.size(), selection);
  }

  private double[] outOfFold(List<LabelledPair> pairs, double[][] x, boolean[] y) {
    if (pairs.size() < 4 * THRESHOLD_FOLDS) {
      LogisticRegression inSample = LogisticRegression.fit(x, y, lambda);
      return java.util.Arrays.stream(x).mapToDouble(inSample::probability).toArray();
    }
    int folds = THRESHOLD_FOLDS;
    int[] fold = DataSplit.folds(pairs, folds, seed ^ 0x9E3779B97F4A7C15L);
    double[] scores = new double[pairs.size()];
    for (int f = 0; f < folds; f++) {
      LogisticRegression model = LogisticRegression.fit(rows(x, fold, f, false), labels(y, fold, f), lambda);
      for (int i = 0; i < x.length; i++) {
        if (fold[i] == f) {
          scores[i] = model.probability(x[i]);
        }
      }
    }
    return scores;
  }

  static boolean[] labels(List<LabelledPair> pairs) {
    boolean[] y = new boolean[pairs.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = pairs.get(i).paraphrase();
    }
    return y;
  }

  private static double[][] rows(double[][] x, int[] fold, int f, boolean inFold) {
    return java.util.stream.IntStream.range(0, x.length)
        .filter(i -> (fold[i] == f) == inFold)
        .mapToObj(i -> x[i])
        .toArray(double[][]::new);
  }

  private static boolean[] labels(boolean[] y, int[] fold, int f) {
    int[] kept = java.util.stream.IntStream.range(0, y.length).filter(i -> fold[i] != f).toArray();
    boolean[] out = new boolean[kept.length];
    for (int k = 0; k < kept.length; k++) {
      out[k] = y[kept[k]];
    }
    return out;
  }
}
