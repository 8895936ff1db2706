package org.wiretrace.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.text.WordTokenizer;

/**
 * Calibrates the sentence-similarity weights and threshold on the MSRP training pairs (Dolan and
 * Brockett 2005; shared data, skipped when absent): weights and threshold are fitted on the first
 * 70% of the pairs and accuracy is checked on the remaining 30%. The figures are printed; the
 * assertion only guards against regressions below the majority baseline.
 */
class SentenceSimilarityCalibrationTest {

  private record Pair(boolean paraphrase, double lexical, double semantic, double anchors) {}

  private record Fit(double lexical, double anchor, double threshold, double accuracy) {}

  @Test
  void score_msrpAccuracy() throws IOException {
    List<Pair> pairs = load();
    int cut = pairs.size() * 7 / 10;
    List<Pair> fitPart = pairs.subList(0, cut);
    List<Pair> checkPart = pairs.subList(cut, pairs.size());
    Fit best = fit(fitPart);
    double check = accuracy(checkPart, best.lexical, best.anchor, best.threshold);
    AlignmentParams d = AlignmentParams.defaults();
    double lexShare = d.lexicalWeight() / (d.lexicalWeight() + d.semanticWeight() + d.anchorWeight());
    double anchorShare = d.anchorWeight() / (d.lexicalWeight() + d.semanticWeight() + d.anchorWeight());
    double defaultsCheck = accuracy(checkPart, lexShare, anchorShare, bestThreshold(fitPart, lexShare, anchorShare));
    double atStrong = accuracy(checkPart, lexShare, anchorShare, d.strong());
    double majority = checkPart.stream().filter(Pair::paraphrase).count() / (double) checkPart.size();
    System.out.printf(Locale.ROOT,
        "MSRP (LexicalEmbedder): fitted lexical %.2f anchor %.2f semantic %.2f threshold %.3f: fit %.3f, check %.3f;"
            + " default weights check %.3f; at strong threshold %.2f: %.3f; majority baseline %.3f (%d/%d pairs)%n",
        best.lexical, best.anchor, 1 - best.lexical - best.anchor, best.threshold, best.accuracy, check,
        defaultsCheck, d.strong(), atStrong, majority, fitPart.size(), checkPart.size());
    assertThat(check).isGreaterThan(majority);
    assertThat(defaultsCheck).isGreaterThan(majority);
  }

  private static Fit fit(List<Pair> pairs) {
    Fit best = new Fit(0, 0, 0, 0);
    for (int l = 0; l <= 10; l++) {
      for (int a = 0; a + l <= 10 && a <= 3; a++) {
        double lexical = l / 10.0;
        double anchor = a / 10.0;
        double threshold = bestThreshold(pairs, lexical, anchor);
        double accuracy = accuracy(pairs, lexical, anchor, threshold);
        if (accuracy > best.accuracy) {
          best = new Fit(lexical, anchor, threshold, accuracy);
        }
      }
    }
    return best;
  }

  private static double bestThreshold(List<Pair> pairs, double lexical, double anchor) {
    double best = 0;
    double bestAccuracy = 0;
    for (int t = 20; t <= 90; t++) {
      double accuracy = accuracy(pairs, lexical, anchor, t / 100.0);
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        best = t / 100.0;
      }
    }
    return best;
  }

  private static double accuracy(List<Pair> pairs, double lexical, double anchor, double threshold) {
    double semantic = Math.max(0, 1 - lexical - anchor);
    int right = 0;
    for (Pair p : pairs) {
      double score = lexical * p.lexical + semantic * p.semantic + anchor * p.anchors;
      right += (score >= threshold) == p.paraphrase ? 1 : 0;
    }
    return right / (double) pairs.size();
  }

  private static List<Pair> load() throws IOException {
    Path file = Path.of(System.getProperty("wiretrace.shared", "/work/shared"), "eval", "msrp", "msr_paraphrase_train.txt");
    assumeTrue(Files.isRegularFile(file), "MSRP training pairs absent at " + file);
    WordTokenizer tokenizer = new WordTokenizer();
    LexicalEmbedder embedder = new LexicalEmbedder();
    SentenceSimilarity similarity = new SentenceSimilarity(AlignmentParams.defaults());
    List<Pair> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.replace("\uFEFF", "").split("\t");
      if (f.length == 5 && (f[0].equals("0") || f[0].equals("1"))) {
        SentenceSimilarity.Score score = similarity.score(profile(f[3], tokenizer, embedder), profile(f[4], tokenizer, embedder));
        pairs.add(new Pair(f[0].equals("1"), score.lexical(), score.semantic(), score.anchors()));
      }
    }
    return pairs;
  }

  private static SentenceProfile profile(String text, WordTokenizer tokenizer, LexicalEmbedder embedder) {
    var tokens = tokenizer.tokenize(text, 0);
    return SentenceProfile.of(new Sentence(0, 0, new Span(0, text.length()), text, false), tokens,
        embedder.embedTokens(tokens));
  }
}
