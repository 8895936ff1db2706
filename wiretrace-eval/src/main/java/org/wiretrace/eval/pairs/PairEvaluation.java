package org.wiretrace.eval.pairs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretrace.embed.OnnxSentenceEmbedder;
import org.wiretrace.embed.TokenEmbedder;

/**
 * Front door of {@code wiretrace eval pairs}: reads labelled sentence pairs, gets a paraphrase
 * classifier (fitted on the training file only, or read from a model file), decides each pair and
 * prints accuracy, precision, recall and F1 of the positive class, ending with the line {@code
 * accuracy=A precision=P recall=R f1=F n=N}.
 *
 * <p>Modes, by {@link PairEvalOptions}: fit on {@code --train} and score {@code FILE}; apply a
 * saved {@code --model-in}; fit on a seeded share of the training file and score the held-out rest
 * ({@code --holdout}); or k-fold cross-validation over the training file ({@code --folds}), pooling
 * the folds' counts. A {@code --model-out} file receives the model that was scored (for folds, the
 * model refitted on the whole training file).
 */
public final class PairEvaluation {

  private static final int PROBLEMS_SHOWN = 10;

  private PairEvaluation() {}

  /**
   * Runs with the default ONNX MiniLM embedder, closed afterwards.
   *
   * @param options what to read, fit and score
   * @param out where the report goes
   * @return the scores of the last line
   * @throws IOException when a file cannot be read or written
   */
  public static PairScores run(PairEvalOptions options, PrintStream out) throws IOException {
    try (OnnxSentenceEmbedder embedder = OnnxSentenceEmbedder.createDefault()) {
      return run(options, embedder, out);
    }
  }

  /**
   * Runs with a given sentence embedder.
   *
   * @param options what to read, fit and score
   * @param embedder the embedder for the cosine feature
   * @param out where the report goes
   * @return the scores of the last line
   * @throws IOException when a file cannot be read or written
   */
  public static PairScores run(PairEvalOptions options, TokenEmbedder embedder, PrintStream out)
      throws IOException {
    PairFile file = readAndReport(options.file(), options.format(), out);
    out.println("embedder: " + embedder.modelName());
    PairFeatureExtractor extractor = new PairFeatureExtractor(embedder);
    PairTrainer trainer = new PairTrainer(extractor, options.lambda(), options.seed());
    PairScores scores;
    if (options.folds() >= 2) {
      scores = crossValidate(options, file, trainer, extractor, out);
    } else if (options.holdout() > 0) {
      scores = heldOut(options, file, trainer, extractor, out);
    } else {
      PairModel model = model(options, trainer, extractor, out);
      scores = score(model, extractor, file.pairs());
    }
    printScores(scores, out);
    return scores;
  }

  private static PairModel model(
      PairEvalOptions options, PairTrainer trainer, PairFeatureExtractor extractor, PrintStream out)
      throws IOException {
    Path modelIn = options.modelIn();
    PairModel model;
    if (modelIn != null) {
      model = PairModel.read(modelIn);
      model.requireCompatible(PairFeatures.NAMES, extractor.embedderModel());
      out.println("model: read from " + modelIn);
    } else {
      PairFile training = readAndReport(requireTrain(options), options.format(), out);
      model = trainer.fit(training, "all");
    }
    return reportAndSave(model, options, out);
  }

  private static PairScores heldOut(
      PairEvalOptions options,
      PairFile file,
      PairTrainer trainer,
      PairFeatureExtractor extractor,
      PrintStream out)
      throws IOException {
    boolean[] held = DataSplit.heldOut(file.pairs(), options.holdout(), options.seed());
    List<LabelledPair> fitPairs = select(file.pairs(), held, false);
    List<LabelledPair> scorePairs = select(file.pairs(), held, true);
    String selection =
        String.format(
            Locale.ROOT,
            "training part of a %.0f/%.0f split, seed %d",
            100 * (1 - options.holdout()),
            100 * options.holdout(),
            options.seed());
    PairModel model = reportAndSave(trainer.fit(file.withPairs(fitPairs), selection), options, out);
    out.printf(
        Locale.ROOT,
        "scored: the held-out %.0f%% of %s (%d pairs), not an official test set%n",
        100 * options.holdout(),
        file.path().getFileName(),
        scorePairs.size());
    return score(model, extractor, scorePairs);
  }

  private static PairScores crossValidate(
      PairEvalOptions options,
      PairFile file,
      PairTrainer trainer,
      PairFeatureExtractor extractor,
      PrintStream out)
      throws IOException {
    int[] fold = DataSplit.folds(file.pairs(), options.folds(), options.seed());
    PairScores pooled = new PairScores(0, 0, 0, 0);
    for (int f = 0; f < options.folds(); f++) {
      boolean[] held = new boolean[fold.length];
      for (int i = 0; i < fold.length; i++) {
        held[i] = fold[i] == f;
      }
      String selection = "fold " + (f + 1) + "/" + options.folds() + " training part";
      PairModel model = trainer.fit(file.withPairs(select(file.pairs(), held, false)), selection);
      PairScores scores = score(model, extractor, select(file.pairs(), held, true));
      out.printf(
          Locale.ROOT,
          "fold %d/%d: threshold %.4f %s%n",
          f + 1,
          options.folds(),
          model.threshold(),
          scores.summaryLine());
      pooled = pooled.plus(scores);
    }
    out.printf(
        Locale.ROOT,
        "scored: %d-fold cross-validation over %s (seed %d), pooled; not an official"
            + " test set%n",
        options.folds(),
        file.path().getFileName(),
        options.seed());
    reportAndSave(trainer.fit(file, "all"), options, out);
    return pooled;
  }

  private static PairScores score(
      PairModel model, PairFeatureExtractor extractor, List<LabelledPair> pairs) {
    double[][] x = extractor.features(pairs);
    boolean[] predicted = new boolean[pairs.size()];
    for (int i = 0; i < x.length; i++) {
      predicted[i] = model.probability(x[i]) >= model.threshold();
    }
    return PairScores.count(PairTrainer.labels(pairs), predicted);
  }

  private static PairModel reportAndSave(PairModel model, PairEvalOptions options, PrintStream out)
      throws IOException {
    out.println("model: " + model.describe());
    out.println("weights (standardised features): " + weights(model));
    Path modelOut = options.modelOut();
    if (modelOut != null) {
      model.write(modelOut);
      out.println("model written to " + modelOut);
    }
    return model;
  }

  private static String weights(PairModel model) {
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < model.weights().length; j++) {
      parts.add(
          String.format(Locale.ROOT, "%s=%+.3f", model.featureNames().get(j), model.weights()[j]));
    }
    parts.add(String.format(Locale.ROOT, "bias=%+.3f", model.bias()));
    return String.join(" ", parts);
  }

  private static PairFile readAndReport(Path path, PairFormat format, PrintStream out)
      throws IOException {
    PairFile file = PairFile.read(path, format);
    out.printf(
        Locale.ROOT,
        "pairs: %s %s: %d pairs (%d paraphrases), %d malformed lines skipped%n",
        format.name().toLowerCase(Locale.ROOT),
        path,
        file.pairs().size(),
        file.positives(),
        file.problems().size());
    file.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> out.println("  skipped " + p));
    if (file.problems().size() > PROBLEMS_SHOWN) {
      out.println("  ... and " + (file.problems().size() - PROBLEMS_SHOWN) + " more");
    }
    return file;
  }

  private static void printScores(PairScores scores, PrintStream out) {
    out.printf(Locale.ROOT, "accuracy  %.4f%n", scores.accuracy());
    out.printf(Locale.ROOT, "precision %.4f  (positive class: paraphrase)%n", scores.precision());
    out.printf(Locale.ROOT, "recall    %.4f%n", scores.recall());
    out.printf(Locale.ROOT, "f1        %.4f%n", scores.f1());
    out.println(scores.summaryLine());
  }

  private static List<LabelledPair> select(List<LabelledPair> pairs, boolean[] held, boolean want) {
    List<LabelledPair> selected = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (held[i] == want) {
        selected.add(pairs.get(i));
      }
    }
    return selected;
  }

  private static Path requireTrain(PairEvalOptions options) {
    Path train = options.train();
    if (train == null) {
      throw new IllegalStateException("no --train file; PairEvalOptions should have refused this");
    }
    return train;
  }
}
