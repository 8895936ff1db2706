package org.wiretrace.eval.pairs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A fitted paraphrase classifier with everything needed to reuse it and to know where it came from:
 * feature names, standardisation, weights, threshold, the embedder's model name, and the training
 * file's name, size and pair count. Written to and read from a small JSON file; a model whose
 * features or embedder differ from the running ones is refused rather than silently misapplied.
 *
 * @param schema the file format version, {@value #SCHEMA}
 * @param featureNames feature names in weight order
 * @param means training means of the raw features
 * @param scales training standard deviations of the raw features
 * @param weights weights of the standardised features
 * @param bias the intercept
 * @param threshold predict "paraphrase" when the probability is at least this
 * @param lambda the L2 penalty used in fitting
 * @param seed the seed of the split and of the threshold's inner folds
 * @param embedderModel the sentence embedder's model name
 * @param trainingFile the training file's name
 * @param trainingBytes the training file's size
 * @param trainingPairs the number of pairs fitted on
 * @param trainingSelection which pairs of the file were used, e.g. {@code all}
 */
public record PairModel(
    String schema,
    List<String> featureNames,
    double[] means,
    double[] scales,
    double[] weights,
    double bias,
    double threshold,
    double lambda,
    long seed,
    String embedderModel,
    String trainingFile,
    long trainingBytes,
    int trainingPairs,
    String trainingSelection) {

  /** The current file format version. */
  public static final String SCHEMA = "wiretrace-pair-model/1";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Validates that every per-feature array matches the feature names. */
  public PairModel {
    featureNames = List.copyOf(featureNames);
    int n = featureNames.size();
    if (means.length != n || scales.length != n || weights.length != n) {
      throw new IllegalArgumentException(
          "model has " + n + " feature names but " + means.length + " means, " + scales.length
              + " scales and " + weights.length + " weights; the model file is damaged, refit it");
    }
  }

  /**
   * Returns the probability that a raw feature row is a paraphrase.
   *
   * @param row raw features in {@link #featureNames()} order
   * @return p in (0, 1)
   */
  public double probability(double[] row) {
    return new LogisticRegression(means, scales, weights, bias).probability(row);
  }

  /**
   * Writes the model as JSON.
   *
   * @param path the file to write
   * @throws IOException when writing fails
   */
  public void write(Path path) throws IOException {
    JSON.writeValue(path.toFile(), this);
  }

  /**
   * Reads a model written by {@link #write(Path)}.
   *
   * @param path the file
   * @return the model
   * @throws IOException when reading or parsing fails, or the schema is not {@value #SCHEMA}
   */
  public static PairModel read(Path path) throws IOException {
    PairModel model = JSON.readValue(path.toFile(), PairModel.class);
    if (!SCHEMA.equals(model.schema())) {
      throw new IOException(
          "model file " + path + " has schema '" + model.schema() + "', expected '" + SCHEMA
              + "'; refit it with --train");
    }
    return model;
  }

  /**
   * Refuses to apply the model with other features or another embedder than it was fitted with.
   *
   * @param names the running feature names
   * @param embedder the running embedder's model name
   * @throws IllegalStateException naming the expected and the actual value
   */
  public void requireCompatible(List<String> names, String embedder) {
    if (!featureNames.equals(names)) {
      throw new IllegalStateException(
          "model features " + featureNames + " differ from this version's " + names
              + "; refit the model with --train");
    }
    if (!embedderModel.equals(embedder)) {
      throw new IllegalStateException(
          "model was fitted with embedder '" + embedderModel + "' but '" + embedder
              + "' is running; refit with --train or run with the same embedder");
    }
  }

  /**
   * Returns a one-line description: features, threshold, embedder and training data.
   *
   * @return the description
   */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "logistic regression, %d features, lambda %.3g, threshold %.4f, embedder %s, trained on %s"
            + " (%d bytes; %s: %d pairs), seed %d",
        featureNames.size(), lambda, threshold, embedderModel, trainingFile, trainingBytes,
        trainingSelection, trainingPairs, seed);
  }
}
