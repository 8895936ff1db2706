package org.wiretrace.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.text.WordTokenizer;

class WordSimilarityFeaturesTest {

  private static final WordTokenizer TOKENIZER = new WordTokenizer();

  private static List<WordSimilarityFeatures.Word> words(String text) {
    return WordSimilarityFeatures.contentWords(text, TOKENIZER.tokenize(text, 0));
  }

  /** Vectors where "resigned" and "quit" are near-synonyms and every other word stands alone. */
  private static Map<String, float[]> vectors(List<WordSimilarityFeatures.Word> a,
      List<WordSimilarityFeatures.Word> b) {
    Map<String, float[]> out = new HashMap<>();
    int axis = 2;
    for (List<WordSimilarityFeatures.Word> side : List.of(a, b)) {
      for (WordSimilarityFeatures.Word w : side) {
        float[] v = new float[16];
        switch (w.surface()) {
          case "resigned" -> v[0] = 1;
          case "quit" -> {
            v[0] = 0.8f;
            v[1] = 0.6f;
          }
          default -> v[axis++] = 1;
        }
        out.putIfAbsent(w.surface(), v);
      }
    }
    return out;
  }

  private static double[] features(String a, String b) {
    List<WordSimilarityFeatures.Word> wa = words(a);
    List<WordSimilarityFeatures.Word> wb = words(b);
    return WordSimilarityFeatures.of(wa, wb, vectors(wa, wb), 0.5);
  }

  @Test
  void of_symmetricInPairOrder() {
    String a = "The mayor of Tollbridge resigned on Monday.";
    String b = "Tollbridge's mayor quit after 12 years.";

    assertThat(features(a, b)).hasSize(WordSimilarityFeatures.NAMES.size())
        .containsExactly(features(b, a), within(1e-12));
  }

  @Test
  void of_semanticMatchExplainsAnUnsharedWord() {
    double[] synonym = features("The mayor resigned.", "The mayor quit.");
    double[] unrelated = features("The mayor resigned.", "The mayor smiled.");
    int unexplainedMax = WordSimilarityFeatures.NAMES.indexOf("unexplained_max");
    int alignMin = WordSimilarityFeatures.NAMES.indexOf("word_align_min");

    assertThat(synonym[unexplainedMax]).isZero();
    assertThat(unrelated[unexplainedMax]).isEqualTo(0.5);
    assertThat(synonym[alignMin]).isCloseTo(0.9, within(1e-6));
    assertThat(unrelated[alignMin]).isCloseTo(0.5, within(1e-6));
  }

  @Test
  void of_numbersMatchOnlyTheSameNumber() {
    double[] row = features("Sales rose 12 percent.", "Sales rose 14 percent.");

    assertThat(row[WordSimilarityFeatures.NAMES.indexOf("unexplained_max")]).isGreaterThan(0);
  }

  @Test
  void termKlWeights_favourTermsSharedByParaphrases() {
    long[][] sharedInParaphrase = {{1, 2}, {1, 3}};
    long[][] sharedInNonParaphrase = {{4, 5}, {4, 6}};
    List<long[][]> pairs = List.of(sharedInParaphrase, sharedInParaphrase, sharedInNonParaphrase,
        sharedInNonParaphrase, new long[][] {{1, 7}, {8}}, new long[][] {{4, 9}, {4}});
    boolean[] labels = {true, true, false, false, false, true};
    boolean[] use = {true, true, true, true, true, true};
    TermKlWeights weights = TermKlWeights.learn(pairs, labels, use, 0.5, 0.01);

    double[] overlap = weights.overlap(new long[] {1, 10}, new long[] {1, 11});
    double[] unseen = weights.overlap(new long[] {12, 10}, new long[] {12, 11});

    assertThat(overlap[0]).isGreaterThan(unseen[0]);
    assertThat(unseen[0]).isCloseTo(0.5, within(1e-9));
    assertThat(weights.overlap(new long[] {1, 10}, new long[] {1, 11}))
        .containsExactly(weights.overlap(new long[] {1, 11}, new long[] {1, 10}), within(1e-12));
  }

  @Test
  void latentTermSpace_projectsCoOccurringTermsTogether() {
    List<long[][]> pairs = List.of(
        new long[][] {{1, 2}, {1, 2}}, new long[][] {{1, 2}, {2}},
        new long[][] {{3, 4}, {3, 4}}, new long[][] {{3}, {3, 4}});
    boolean[] labels = {true, true, true, true};
    boolean[] use = {true, true, true, true};
    TermKlWeights weights = TermKlWeights.learn(pairs, labels, use, 1, 0.1);
    LatentTermSpace space = LatentTermSpace.fit(pairs, use, weights, 2, 42);

    double[] one = space.project(new long[] {1});
    double[] two = space.project(new long[] {2});
    double[] three = space.project(new long[] {3});

    assertThat(dot(one, two)).isGreaterThan(0.9);
    assertThat(Math.abs(dot(one, three))).isLessThan(0.1);
    assertThat(space.project(new long[] {99})).containsOnly(0.0);
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += a[k] * b[k];
    }
    return sum;
  }
}
