package org.wiretrace.eval.pairs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentencePairFeatures;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.embed.OnnxSentenceEmbedder;
import org.wiretrace.embed.SentenceEncoding;
import org.wiretrace.text.WordTokenizer;

/**
 * Experiment of issue 11 (session 8), not wired into the CLI and not shipped in any judgement: do
 * word-level features lift the engine's sentence-pair judgement ({@link SentencePairFeatures}, 24
 * features) on the MSRP training file? Candidates, each appended to the 24 and refitted:
 * <ul>
 *   <li>word-to-word similarity from single-word vectors of the same embedder ({@link
 *       WordSimilarityFeatures}, Mihalcea, Corley and Strapparava 2006);
 *   <li>TF-KLD weighted overlaps ({@link TermKlWeights}, Ji and Eisenstein 2013), the weights of each
 *       fitting row learned from the other folds (cross-fitted; weights learned on the rows the
 *       regression is fitted on overfit: held-out F1 falls to about 0.82);
 *   <li>the cosine of the two sentences in a latent space of TF-KLD-weighted stems and bigrams ({@link
 *       LatentTermSpace}, rank {@value #LATENT_RANK}, also cross-fitted);
 *   <li>BERTScore matching of the ONNX model's contextual word pieces ({@link TokenAlignment}).
 * </ul>
 *
 * <p>Each set is scored two ways: {@link EngineJudgement}'s protocol (fit on the 70 % of the seeded
 * split, threshold the F1 maximum of out-of-fold probabilities, scored on the held-out 30 %), and
 * repeated label-stratified 5-fold cross-validation of the whole file (same fit and threshold rule in
 * each fold), whose mean F1 change against the 24 features is far less noisy than one split's. Run:
 * {@code java -cp "wiretrace-cli/target/wiretrace-cli-*.jar:wiretrace-cli/target/lib/*"
 * org.wiretrace.eval.pairs.WordSimilarityExperiment msr_paraphrase_train.txt [CORPUS_DIR...]}; each
 * corpus directory adds the cost line: distinct content words of its articles ({@code .txt} files,
 * {@code .jsonl} lines) and the time to embed them alone. System properties: {@code wordsim.only}
 * scores only the sets whose name contains it (plus the 24 alone); {@code wordsim.cvRepeats} (default
 * 4; 0 skips the cross-validation, which takes minutes per set for the latent space).
 */
public final class WordSimilarityExperiment {

  private static final double LEVEL = 0.5;
  private static final int CV_REPEATS = Integer.getInteger("wordsim.cvRepeats", 4);
  private static final int CV_FOLDS = 5;
  private static final double TF_KLD_SMOOTHING = 1;
  private static final double TF_KLD_FLOOR = 0.1;

  private static final int LATENT_RANK = 100;

  /** Features learned from the labels of the fitting rows, cross-fitted. */
  private enum Learned { NONE, TF_KLD, LATENT }

  /** Candidate columns appended to the 24, by name, and any cross-fitted learned features. */
  private record Candidate(String name, int[] columns, Learned learned) {}

  private final PairFile file;
  private final boolean[] held;
  private final boolean[] labels;
  private final PrintStream out;
  private double[] baseF1;

  private WordSimilarityExperiment(PairFile file, PrintStream out) {
    this.file = file;
    this.out = out;
    this.held = DataSplit.heldOut(file.pairs(), EngineJudgement.HOLDOUT, EngineJudgement.SEED);
    this.labels = new boolean[file.pairs().size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = file.pairs().get(i).paraphrase();
    }
  }

  /**
   * Runs the experiment under the lexical and the default ONNX embedder.
   *
   * @param args the MSRP training file, then optional corpus directories for the cost lines
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("no MSRP file given; pass msr_paraphrase_train.txt [CORPUS_DIR...]");
    }
    WordSimilarityExperiment run = new WordSimilarityExperiment(
        PairFile.read(Path.of(args[0]), PairFormat.MSRP), System.out);
    try (OnnxSentenceEmbedder onnx = OnnxSentenceEmbedder.createDefault()) {
      run.score(new LexicalEmbedder());
      run.score(onnx);
      for (int k = 1; k < args.length; k++) {
        run.cost(Path.of(args[k]), onnx);
      }
    }
  }

  private void score(SentenceEmbedder embedder) {
    Map<String, SentenceProfile> profiles = new EngineProfiles(embedder).of(file.pairs());
    Map<String, List<WordSimilarityFeatures.Word>> words = contentWords();
    Map<String, float[]> vectors = embedWords(embedder, words);
    List<double[]> rows = new ArrayList<>();
    List<long[][]> stems = new ArrayList<>();
    List<long[][]> bigrams = new ArrayList<>();
    for (LabelledPair p : file.pairs()) {
      SentenceProfile a = profiles.get(p.first());
      SentenceProfile b = profiles.get(p.second());
      double[] base = SentencePairFeatures.of(a, b);
      double[] word = WordSimilarityFeatures.of(words.get(p.first()), words.get(p.second()), vectors, LEVEL);
      rows.add(concat(base, word));
      stems.add(new long[][] {a.contentStems(), b.contentStems()});
      bigrams.add(new long[][] {a.bigrams(), b.bigrams()});
    }
    if (embedder instanceof OnnxSentenceEmbedder onnx) {
      appendContextual(onnx, rows);
    }
    out.println("embedder: " + embedder.modelName());
    String only = System.getProperty("wordsim.only", "");
    for (Candidate c : candidates(embedder instanceof OnnxSentenceEmbedder)) {
      if (c.name().contains(only) || c.columns().length == 0 && c.learned() == Learned.NONE) {
        report(c, rows, stems, bigrams);
      }
    }
  }

  private static List<Candidate> candidates(boolean contextual) {
    int w = SentencePairFeatures.NAMES.size();
    int c = w + WordSimilarityFeatures.NAMES.size();
    List<Candidate> list = new ArrayList<>(List.of(
        new Candidate("the 24 shipped features", new int[] {}, Learned.NONE),
        new Candidate("+ word_align min/max", new int[] {w, w + 1}, Learned.NONE),
        new Candidate("+ word_greedy min/max", new int[] {w + 2, w + 3}, Learned.NONE),
        new Candidate("+ unexplained@" + LEVEL + " min/max", new int[] {w + 4, w + 5}, Learned.NONE),
        new Candidate("+ all 7 word features", new int[] {w, w + 1, w + 2, w + 3, w + 4, w + 5, w + 6}, Learned.NONE),
        new Candidate("+ TF-KLD stems+bigrams (6)", new int[] {}, Learned.TF_KLD),
        new Candidate("+ all 7 word features + TF-KLD", new int[] {w, w + 1, w + 2, w + 3, w + 4, w + 5, w + 6},
            Learned.TF_KLD),
        new Candidate("+ latent TF-KLD space cosine (rank " + LATENT_RANK + ")", new int[] {}, Learned.LATENT)));
    if (contextual) {
      list.add(new Candidate("+ BERTScore word pieces (3)", new int[] {c, c + 1, c + 2}, Learned.NONE));
      list.add(new Candidate("+ BERTScore + all 7 word features",
          new int[] {w, w + 1, w + 2, w + 3, w + 4, w + 5, w + 6, c, c + 1, c + 2}, Learned.NONE));
    }
    return list;
  }

  private Map<String, List<WordSimilarityFeatures.Word>> contentWords() {
    WordTokenizer tokenizer = new WordTokenizer();
    Map<String, List<WordSimilarityFeatures.Word>> words = new HashMap<>();
    for (LabelledPair p : file.pairs()) {
      for (String text : List.of(p.first(), p.second())) {
        words.computeIfAbsent(text, t -> WordSimilarityFeatures.contentWords(t, tokenizer.tokenize(t, 0)));
      }
    }
    return words;
  }

  private Map<String, float[]> embedWords(SentenceEmbedder embedder, Map<String, List<WordSimilarityFeatures.Word>> words) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    words.values().forEach(ws -> ws.stream().filter(w -> !w.number()).forEach(w -> distinct.add(w.surface())));
    List<String> all = new ArrayList<>(distinct);
    long start = System.nanoTime();
    List<float[]> vectors = embedder.embed(all);
    out.printf(Locale.ROOT, "%s: %d distinct content words embedded alone in %.1f s%n", embedder.modelName(),
        all.size(), (System.nanoTime() - start) / 1e9);
    Map<String, float[]> bySurface = new HashMap<>();
    for (int k = 0; k < all.size(); k++) {
      bySurface.put(all.get(k), vectors.get(k));
    }
    return bySurface;
  }

  private void appendContextual(OnnxSentenceEmbedder onnx, List<double[]> rows) {
    Map<String, SentenceEncoding> byText = PairFeatureExtractor.encodeDistinct(onnx, file.pairs());
    for (int i = 0; i < rows.size(); i++) {
      LabelledPair p = file.pairs().get(i);
      rows.set(i, concat(rows.get(i), TokenAlignment.of(byText.get(p.first()), byText.get(p.second()))));
    }
  }

  private void report(Candidate c, List<double[]> rows, List<long[][]> stems, List<long[][]> bigrams) {
    double[][] all = new double[rows.size()][];
    for (int i = 0; i < all.length; i++) {
      all[i] = select(rows.get(i), c.columns());
    }
    PairScores heldOut = fitAndScore(all, notOf(held), c.learned(), stems, bigrams);
    double[] cv = crossValidatedF1(all, c.learned(), stems, bigrams);
    baseF1 = c.columns().length == 0 && c.learned() == Learned.NONE ? cv : baseF1;
    double[] change = new double[cv.length];
    Arrays.setAll(change, k -> cv[k] - baseF1[k]);
    out.flush();
    out.printf(Locale.ROOT, "  %-40s held-out 30%%: accuracy %.4f f1 %.4f | %dx%d-fold CV f1 %.4f, change %+.4f"
        + " ± %.4f%n", c.name(), heldOut.accuracy(), heldOut.f1(), CV_REPEATS, CV_FOLDS, mean(cv), mean(change),
        standardError(change));
  }

  /** Standard error of the mean (folds of one repeat are not independent, so this is optimistic). */
  private static double standardError(double[] values) {
    double m = mean(values);
    double ss = Arrays.stream(values).map(v -> (v - m) * (v - m)).sum();
    return Math.sqrt(ss / (values.length - 1) / values.length);
  }

  /** Columns 0–23 plus the chosen ones. */
  private static double[] select(double[] row, int[] columns) {
    int base = SentencePairFeatures.NAMES.size();
    double[] out = Arrays.copyOf(row, base + columns.length);
    for (int k = 0; k < columns.length; k++) {
      out[base + k] = row[columns[k]];
    }
    return out;
  }

  /**
   * Fits on the rows marked {@code fit} and scores the others, as {@link EngineJudgement} does; with
   * term lists, appends TF-KLD overlaps whose weights for a fitting row come from the other folds.
   */
  private PairScores fitAndScore(double[][] x, boolean[] fit, Learned learned, List<long[][]> stems,
      List<long[][]> bigrams) {
    double[][] rows = learned == Learned.NONE ? x : withLearned(x, fit, learned, stems, bigrams);
    List<double[]> fitRows = new ArrayList<>();
    List<Boolean> fitLabels = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      if (fit[i]) {
        fitRows.add(rows[i]);
        fitLabels.add(labels[i]);
      }
    }
    double[][] fx = fitRows.toArray(double[][]::new);
    boolean[] fy = toArray(fitLabels);
    LogisticRegression model = LogisticRegression.fit(fx, fy, PairEvalOptions.DEFAULT_LAMBDA);
    double threshold = ThresholdChoice.bestF1(EngineJudgement.outOfFold(fx, fy), fy);
    List<Boolean> gold = new ArrayList<>();
    List<Boolean> predicted = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      if (!fit[i]) {
        gold.add(labels[i]);
        predicted.add(model.probability(rows[i]) >= threshold);
      }
    }
    return PairScores.count(toArray(gold), toArray(predicted));
  }

  /**
   * Appends the six TF-KLD overlaps, or the cosine in the latent TF-KLD space; a fitting row's weights
   * (and space) leave out its threshold fold.
   */
  private double[][] withLearned(double[][] x, boolean[] fit, Learned learned, List<long[][]> stems,
      List<long[][]> bigrams) {
    int folds = PairTrainer.THRESHOLD_FOLDS;
    int[] fold = new int[x.length];
    int next = 0;
    for (int i = 0; i < x.length; i++) {
      fold[i] = fit[i] ? next++ % folds : -1;
    }
    double[][] out = new double[x.length][];
    for (int f = -1; f < folds; f++) {
      boolean[] use = new boolean[x.length];
      for (int i = 0; i < x.length; i++) {
        use[i] = fit[i] && fold[i] != f;
      }
      if (learned == Learned.LATENT) {
        appendLatent(x, out, fold, f, use, terms(stems, bigrams));
        continue;
      }
      TermKlWeights ws = TermKlWeights.learn(stems, labels, use, TF_KLD_SMOOTHING, TF_KLD_FLOOR);
      TermKlWeights wb = TermKlWeights.learn(bigrams, labels, use, TF_KLD_SMOOTHING, TF_KLD_FLOOR);
      for (int i = 0; i < x.length; i++) {
        if (fold[i] == f) {
          out[i] = concat(x[i], concat(ws.overlap(stems.get(i)[0], stems.get(i)[1]),
              wb.overlap(bigrams.get(i)[0], bigrams.get(i)[1])));
        }
      }
    }
    return out;
  }

  private void appendLatent(double[][] x, double[][] out, int[] fold, int f, boolean[] use, List<long[][]> terms) {
    TermKlWeights weights = TermKlWeights.learn(terms, labels, use, TF_KLD_SMOOTHING, TF_KLD_FLOOR);
    LatentTermSpace space = LatentTermSpace.fit(terms, use, weights, LATENT_RANK, EngineJudgement.SEED);
    for (int i = 0; i < x.length; i++) {
      if (fold[i] == f) {
        out[i] = concat(x[i], new double[] {
          dot(space.project(terms.get(i)[0]), space.project(terms.get(i)[1]))});
      }
    }
  }

  /** Stems and bigrams of each side as one sorted term set. */
  private static List<long[][]> terms(List<long[][]> stems, List<long[][]> bigrams) {
    List<long[][]> out = new ArrayList<>();
    for (int i = 0; i < stems.size(); i++) {
      long[][] pair = new long[2][];
      for (int side = 0; side < 2; side++) {
        pair[side] = java.util.stream.LongStream.concat(Arrays.stream(stems.get(i)[side]),
            Arrays.stream(bigrams.get(i)[side])).sorted().distinct().toArray();
      }
      out.add(pair);
    }
    return out;
  }

  /** F1 of each fold of repeated label-stratified cross-validation of the whole file. */
  private double[] crossValidatedF1(double[][] x, Learned learned, List<long[][]> stems, List<long[][]> bigrams) {
    double[] f1 = new double[CV_REPEATS * CV_FOLDS];
    for (int r = 0; r < CV_REPEATS; r++) {
      int[] fold = DataSplit.folds(file.pairs(), CV_FOLDS, EngineJudgement.SEED + r);
      for (int f = 0; f < CV_FOLDS; f++) {
        boolean[] fit = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
          fit[i] = fold[i] != f;
        }
        f1[r * CV_FOLDS + f] = fitAndScore(x, fit, learned, stems, bigrams).f1();
      }
    }
    return f1;
  }

  /** The cost line of one corpus: distinct content words of its articles, embedded alone. */
  private void cost(Path dir, SentenceEmbedder embedder) throws IOException {
    WordTokenizer tokenizer = new WordTokenizer();
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    List<String> texts = articleTexts(dir);
    for (String text : texts) {
      WordSimilarityFeatures.contentWords(text, tokenizer.tokenize(text, 0)).stream()
          .filter(w -> !w.number()).forEach(w -> distinct.add(w.surface()));
    }
    long start = System.nanoTime();
    embedder.embed(new ArrayList<>(distinct));
    out.printf(Locale.ROOT, "cost: %s: %d articles, %d distinct content words, embedded alone in %.1f s (%s)%n",
        dir, texts.size(), distinct.size(), (System.nanoTime() - start) / 1e9, embedder.modelName());
  }

  /** Article texts of a directory: each {@code .txt} file, and the {@code text} of each {@code .jsonl} line. */
  private static List<String> articleTexts(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        if (p.toString().endsWith(".txt")) {
          texts.add(Files.readString(p, StandardCharsets.UTF_8));
        } else if (p.toString().endsWith(".jsonl")) {
          for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            JsonNode text = line.isBlank() ? null : json.readTree(line).get("text");
            if (text != null) {
              texts.add(text.asText());
            }
          }
        }
      }
    }
    return texts;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += a[k] * b[k];
    }
    return sum;
  }

  private static boolean[] notOf(boolean[] flags) {
    boolean[] out = new boolean[flags.length];
    for (int i = 0; i < flags.length; i++) {
      out[i] = !flags[i];
    }
    return out;
  }

  private static boolean[] toArray(List<Boolean> list) {
    boolean[] out = new boolean[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(0);
  }
}
