package org.wiretrace.eval.pairs;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Settings of one {@code wiretrace eval pairs} run. The classifier comes from exactly one of {@code
 * train} (fit now) or {@code modelIn} (a model file written earlier). With {@code holdout} or
 * {@code folds}, the training file is split (seeded, label-stratified): the model is fitted on the
 * training part and scored on the held-out part, and {@code file} must be the training file itself.
 *
 * @param format the format of {@code file} and {@code train}
 * @param file the pairs to score
 * @param train the training file, or null
 * @param modelIn a model file to apply, or null
 * @param modelOut where to write the fitted model, or null
 * @param holdout the share of the training file held out for scoring, 0 for none
 * @param folds cross-validation folds over the training file, 0 for none
 * @param seed the seed of splits and of the threshold's inner folds
 * @param lambda the L2 penalty of the logistic regression
 */
public record PairEvalOptions(
    PairFormat format,
    Path file,
    @Nullable Path train,
    @Nullable Path modelIn,
    @Nullable Path modelOut,
    double holdout,
    int folds,
    long seed,
    double lambda) {

  /** The default seed. */
  public static final long DEFAULT_SEED = 42;

  /** The default L2 penalty. */
  public static final double DEFAULT_LAMBDA = 10.0;

  /** Validates the combination; messages name the option, the value and the fix. */
  public PairEvalOptions {
    if ((train == null) == (modelIn == null)) {
      throw new IllegalArgumentException(
          "give exactly one of --train FILE (fit a model) or --model-in FILE (apply a saved one)");
    }
    if (holdout != 0 && folds != 0) {
      throw new IllegalArgumentException(
          "--holdout " + holdout + " and --folds " + folds + " both set; choose one");
    }
    if (holdout < 0 || holdout >= 1) {
      throw new IllegalArgumentException("--holdout " + holdout + " must be in [0, 1); try 0.2");
    }
    if (folds == 1 || folds < 0) {
      throw new IllegalArgumentException("--folds " + folds + " must be 0 (off) or >= 2; try 5");
    }
    if ((holdout > 0 || folds >= 2) && (train == null || !sameFile(file, train))) {
      throw new IllegalArgumentException(
          "--holdout/--folds split the training file, so FILE must be the --train file; got FILE "
              + file
              + " and --train "
              + train);
    }
    if (!(lambda > 0)) {
      throw new IllegalArgumentException("--lambda " + lambda + " must be > 0; try 10");
    }
  }

  /**
   * Returns options that fit on {@code train} and score {@code file}, default seed and penalty.
   *
   * @param format the files' format
   * @param file the pairs to score
   * @param train the training pairs
   * @return the options
   */
  public static PairEvalOptions trainAndScore(PairFormat format, Path file, Path train) {
    return new PairEvalOptions(format, file, train, null, null, 0, 0, DEFAULT_SEED, DEFAULT_LAMBDA);
  }

  /**
   * Tells whether the training file is split for scoring.
   *
   * @return true with a holdout share or folds
   */
  public boolean splitsTraining() {
    return holdout > 0 || folds >= 2;
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
