package org.wiretrace.eval.pairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wiretrace.align.SentenceEmbedder;

/**
 * Computes {@link PairFeatures} for many pairs, embedding each distinct sentence once (one {@link
 * SentenceEmbedder#embed} call per batch of new texts) and remembering vectors and terms across
 * calls, so cross-validation folds do not embed again. Not thread-safe.
 */
final class PairFeatureExtractor {

  private final SentenceEmbedder embedder;
  private final Map<String, float[]> vectors = new HashMap<>();
  private final Map<String, SentenceTerms> terms = new HashMap<>();

  /**
   * Creates an extractor.
   *
   * @param embedder the sentence embedder whose cosine is the first feature
   */
  PairFeatureExtractor(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  /**
   * Returns the embedder's model name, stored with fitted models.
   *
   * @return the name
   */
  String embedderModel() {
    return embedder.modelName();
  }

  /**
   * Returns one feature row per pair.
   *
   * @param pairs the pairs
   * @return rows in {@link PairFeatures#NAMES} order
   */
  double[][] features(List<LabelledPair> pairs) {
    embedMissing(pairs);
    double[][] rows = new double[pairs.size()][];
    for (int i = 0; i < rows.length; i++) {
      LabelledPair pair = pairs.get(i);
      double cosine = dot(vectors.get(pair.first()), vectors.get(pair.second()));
      rows[i] = PairFeatures.of(terms(pair.first()), terms(pair.second()), cosine);
    }
    return rows;
  }

  private void embedMissing(List<LabelledPair> pairs) {
    Set<String> missing = new LinkedHashSet<>();
    for (LabelledPair pair : pairs) {
      addIfMissing(missing, pair.first());
      addIfMissing(missing, pair.second());
    }
    List<String> texts = new ArrayList<>(missing);
    List<float[]> embedded = embedder.embed(texts);
    for (int i = 0; i < texts.size(); i++) {
      vectors.put(texts.get(i), embedded.get(i));
    }
  }

  private void addIfMissing(Set<String> missing, String text) {
    if (!vectors.containsKey(text)) {
      missing.add(text);
    }
  }

  private SentenceTerms terms(String text) {
    return terms.computeIfAbsent(text, SentenceTerms::of);
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int d = 0; d < a.length; d++) {
      sum += (double) a[d] * b[d];
    }
    return sum;
  }
}
