package org.wiretrace.eval.pairs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wiretrace.align.AlignmentParams;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.ParaphraseModel;
import org.wiretrace.align.SentenceAligner;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentencePairFeatures;
import org.wiretrace.align.SentencePairJudge;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.embed.OnnxSentenceEmbedder;

/**
 * {@code wiretrace eval pairs} without {@code --train}/{@code --model-in}: scores the engine's own
 * sentence-pair judgement ({@link SentencePairJudge}, the class the aligner calls) on the held-out
 * part of a seeded, label-stratified split of the training file, per embedder; and, with {@code
 * --fit-engine FILE}, refits the shipped coefficient sets on the training part and writes the
 * resource.
 *
 * <p>The split is fixed ({@value #HOLDOUT} held out, seed {@value #SEED}) so that the shipped sets
 * and this evaluation always agree on which pairs were never seen in fitting. The threshold is the
 * F1-maximising one on out-of-fold probabilities of the training part ({@link PairTrainer}'s
 * method), never on the held-out part.
 */
public final class EngineJudgement {

  /** The held-out share of the training file. */
  public static final double HOLDOUT = 0.3;

  /** The split seed. */
  public static final long SEED = 42;

  private static final double LAMBDA = PairEvalOptions.DEFAULT_LAMBDA;
  private static final int TIMED_PASSES = 5;

  /** Features of one embedder's pairs, split into the fitting and the held-out part. */
  private record Split(List<SentenceProfile[]> fitPairs, boolean[] fitLabels,
      List<SentenceProfile[]> heldPairs, boolean[] heldLabels) {}

  private final PairFile file;
  private final boolean[] held;

  private EngineJudgement(PairFile file) {
    this.file = file;
    this.held = DataSplit.heldOut(file.pairs(), HOLDOUT, SEED);
  }

  /**
   * Scores the judgement for each embedder and optionally refits and writes the shipped sets.
   *
   * @param path the training file
   * @param format its format
   * @param embedders the embedders to score (the first whose name is lexical also fits the wording set)
   * @param fitOut where to write refitted coefficient sets, or null to score the shipped ones
   * @param out where the report goes
   * @return the held-out scores of the last embedder
   * @throws IOException when a file cannot be read or written
   */
  public static PairScores run(Path path, PairFormat format, List<SentenceEmbedder> embedders,
      @Nullable Path fitOut, PrintStream out) throws IOException {
    PairFile file = PairFile.read(path, format);
    EngineJudgement run = new EngineJudgement(file);
    out.printf(Locale.ROOT, "pairs: %s: %d pairs (%d paraphrases), %d malformed lines skipped%n",
        path, file.pairs().size(), file.positives(), file.problems().size());
    out.printf(Locale.ROOT, "split: seed %d, label-stratified; fit on %.0f%%, scored: the held-out %.0f%%"
        + " (%d pairs), not an official test set%n", SEED, 100 * (1 - HOLDOUT), 100 * HOLDOUT, run.heldCount());
    List<ParaphraseModel> fitted = new ArrayList<>();
    PairScores last = null;
    for (SentenceEmbedder embedder : embedders) {
      Split split = run.split(new EngineProfiles(embedder).of(file.pairs()));
      SentencePairJudge judge;
      if (fitOut != null) {
        ParaphraseModel model = run.fit(embedder.modelName(), split, false);
        fitted.add(model);
        if (fitted.size() == 1) {
          fitted.add(run.fit(ParaphraseModel.WORDING, split, true));
        }
        judge = new SentencePairJudge(model);
      } else {
        judge = SentencePairJudge.forEmbedder(embedder.modelName());
      }
      last = run.report(embedder.modelName(), judge, split, out);
    }
    if (fitOut != null) {
      write(fitted, fitOut);
      out.println("coefficient sets written to " + fitOut + " (copy to wiretrace-core/src/main/resources/"
          + "org/wiretrace/align/" + SentencePairJudge.RESOURCE + ")");
    }
    return last;
  }

  /**
   * Runs with the lexical embedder and then the default ONNX MiniLM embedder (closed afterwards).
   *
   * @param path the training file
   * @param format its format
   * @param fitOut where to write refitted coefficient sets, or null to score the shipped ones
   * @param out where the report goes
   * @return the held-out scores under the default embedder
   * @throws IOException when a file cannot be read or written
   */
  public static PairScores runBoth(Path path, PairFormat format, @Nullable Path fitOut, PrintStream out)
      throws IOException {
    try (OnnxSentenceEmbedder onnx = OnnxSentenceEmbedder.createDefault()) {
      return run(path, format, List.of(new LexicalEmbedder(), onnx), fitOut, out);
    }
  }

  private int heldCount() {
    int n = 0;
    for (boolean h : held) {
      n += h ? 1 : 0;
    }
    return n;
  }

  private Split split(Map<String, SentenceProfile> profiles) {
    List<SentenceProfile[]> fit = new ArrayList<>();
    List<SentenceProfile[]> scored = new ArrayList<>();
    boolean[] fitLabels = new boolean[file.pairs().size() - heldCount()];
    boolean[] heldLabels = new boolean[heldCount()];
    for (int i = 0; i < held.length; i++) {
      LabelledPair p = file.pairs().get(i);
      SentenceProfile[] pair = {profiles.get(p.first()), profiles.get(p.second())};
      if (held[i]) {
        heldLabels[scored.size()] = p.paraphrase();
        scored.add(pair);
      } else {
        fitLabels[fit.size()] = p.paraphrase();
        fit.add(pair);
      }
    }
    return new Split(fit, fitLabels, scored, heldLabels);
  }

  private ParaphraseModel fit(String key, Split split, boolean withoutCosine) {
    double[][] x = split.fitPairs().stream()
        .map(p -> features(p, withoutCosine)).toArray(double[][]::new);
    boolean[] y = split.fitLabels();
    LogisticRegression full = LogisticRegression.fit(x, y, LAMBDA);
    double threshold = ThresholdChoice.bestF1(outOfFold(x, y), y);
    String provenance = String.format(Locale.ROOT, "logistic regression, lambda %.3g, fitted on %s"
        + " (%d bytes), training part of a %.0f/%.0f label-stratified split, seed %d: %d pairs",
        LAMBDA, file.path().getFileName(), file.bytes(), 100 * (1 - HOLDOUT), 100 * HOLDOUT, SEED, x.length);
    return new ParaphraseModel(key, SentencePairFeatures.NAMES, full.means(), full.scales(),
        full.weights(), full.bias(), threshold, provenance);
  }

  private static double[] features(SentenceProfile[] pair, boolean withoutCosine) {
    double[] row = SentencePairFeatures.of(pair[0], pair[1]);
    if (withoutCosine) {
      row[SentencePairFeatures.COSINE] = 0;
      row[SentencePairFeatures.COSINE_INTERACTION] = 0;
    }
    return row;
  }

  /** Out-of-fold probabilities of the fitting part, for the threshold choice. */
  static double[] outOfFold(double[][] x, boolean[] y) {
    int folds = PairTrainer.THRESHOLD_FOLDS;
    double[] scores = new double[x.length];
    for (int f = 0; f < folds; f++) {
      List<double[]> rows = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        if (i % folds != f) {
          rows.add(x[i]);
          labels.add(y[i]);
        }
      }
      boolean[] yf = new boolean[labels.size()];
      for (int i = 0; i < yf.length; i++) {
        yf[i] = labels.get(i);
      }
      LogisticRegression model = LogisticRegression.fit(rows.toArray(double[][]::new), yf, LAMBDA);
      for (int i = f; i < x.length; i += folds) {
        scores[i] = model.probability(x[i]);
      }
    }
    return scores;
  }

  private PairScores report(String embedder, SentencePairJudge judge, Split split, PrintStream out) {
    List<SentenceProfile[]> pairs = split.heldPairs();
    boolean[] predicted = new boolean[pairs.size()];
    double micros = Double.MAX_VALUE;
    for (int pass = 0; pass < TIMED_PASSES; pass++) {
      long start = System.nanoTime();
      for (int i = 0; i < predicted.length; i++) {
        predicted[i] = judge.judge(pairs.get(i)[0], pairs.get(i)[1]).paraphrase();
      }
      micros = Math.min(micros, (System.nanoTime() - start) / 1000.0 / Math.max(1, predicted.length));
    }
    PairScores scores = PairScores.count(split.heldLabels(), predicted);
    out.println("embedder: " + embedder);
    out.println("judgement: " + SentencePairJudge.class.getSimpleName() + " with set '" + judge.model().embedder()
        + "', threshold " + String.format(Locale.ROOT, "%.4f", judge.threshold()) + "; " + judge.model().provenance());
    printLine("judge", scores, out);
    printLine("aligner", PairScores.count(split.heldLabels(), alignerDecisions(judge, pairs)), out);
    out.printf(Locale.ROOT, "  cost: %.2f µs per pair judged (profiles precomputed; best of %d passes)%n",
        micros, TIMED_PASSES);
    out.println("  " + scores.summaryLine() + " embedder=" + embedder);
    return scores;
  }

  /**
   * The aligner's own call on each pair, the two sentences given as one-sentence articles: aligned
   * or not. It must equal the judge's decision; printing both shows the figure is the engine's.
   */
  private static boolean[] alignerDecisions(SentencePairJudge judge, List<SentenceProfile[]> pairs) {
    SentenceAligner aligner = new SentenceAligner(AlignmentParams.defaults(), judge);
    boolean[] aligned = new boolean[pairs.size()];
    for (int i = 0; i < aligned.length; i++) {
      aligned[i] = !aligner.align(List.of(pairs.get(i)[0]), List.of(pairs.get(i)[1])).pairs().isEmpty();
    }
    return aligned;
  }

  private static void printLine(String path, PairScores s, PrintStream out) {
    out.printf(Locale.ROOT, "  %-8s accuracy %.4f  precision %.4f  recall %.4f  f1 %.4f  (positive class:"
        + " paraphrase)%n", path, s.accuracy(), s.precision(), s.recall(), s.f1());
  }

  private static void write(List<ParaphraseModel> models, Path path) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Coefficient sets of org.wiretrace.align.SentencePairJudge, one per embedder.");
    lines.add("# Generated by: wiretrace eval pairs --format msrp --fit-engine FILE msr_paraphrase_train.txt");
    lines.add("# Do not edit by hand; SentencePairJudgeResourceTest checks it against a refit.");
    for (ParaphraseModel m : models) {
      lines.addAll(m.format());
    }
    Files.write(path, lines, StandardCharsets.UTF_8);
  }
}
