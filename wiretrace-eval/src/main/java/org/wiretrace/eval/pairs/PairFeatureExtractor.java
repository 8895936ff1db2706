package org.wiretrace.eval.pairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wiretrace.embed.SentenceEncoding;
import org.wiretrace.embed.TokenEmbedder;

/**
 * Computes {@link PairFeatures} for many pairs. Pairs are processed in chunks: the chunk's distinct
 * sentences are encoded in one {@link TokenEmbedder#encode} call, the rows computed, and the
 * word-piece vectors dropped, so memory stays bounded; rows are remembered by pair text, so
 * cross-validation folds do not encode again. Not thread-safe.
 */
final class PairFeatureExtractor {

  private static final int CHUNK_PAIRS = 512;

  private final TokenEmbedder embedder;
  private final Map<String, double[]> rows = new HashMap<>();
  private final Map<String, SentenceTerms> terms = new HashMap<>();

  /**
   * Creates an extractor.
   *
   * @param embedder encodes sentences into word-piece and sentence vectors
   */
  PairFeatureExtractor(TokenEmbedder embedder) {
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
    List<LabelledPair> missing = pairs.stream().filter(p -> !rows.containsKey(key(p))).toList();
    for (int start = 0; start < missing.size(); start += CHUNK_PAIRS) {
      computeChunk(missing.subList(start, Math.min(missing.size(), start + CHUNK_PAIRS)));
    }
    return pairs.stream().map(p -> rows.get(key(p))).toArray(double[][]::new);
  }

  private void computeChunk(List<LabelledPair> chunk) {
    Map<String, SentenceEncoding> byText = encodeDistinct(embedder, chunk);
    for (LabelledPair pair : chunk) {
      rows.put(key(pair), row(pair, byText.get(pair.first()), byText.get(pair.second())));
    }
  }

  /**
   * Encodes each distinct sentence of the pairs once.
   *
   * @param embedder the encoder
   * @param pairs the pairs
   * @return encodings by sentence text
   */
  static Map<String, SentenceEncoding> encodeDistinct(TokenEmbedder embedder, List<LabelledPair> pairs) {
    Set<String> distinct = new LinkedHashSet<>();
    for (LabelledPair pair : pairs) {
      distinct.add(pair.first());
      distinct.add(pair.second());
    }
    List<String> texts = new ArrayList<>(distinct);
    List<SentenceEncoding> encoded = embedder.encode(texts);
    Map<String, SentenceEncoding> byText = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      byText.put(texts.get(i), encoded.get(i));
    }
    return byText;
  }

  private double[] row(LabelledPair pair, SentenceEncoding a, SentenceEncoding b) {
    double cosine = TokenAlignment.dot(a.vector(), b.vector());
    return PairFeatures.of(
        terms(pair.first()), terms(pair.second()), cosine, TokenAlignment.of(a, b));
  }

  private SentenceTerms terms(String text) {
    return terms.computeIfAbsent(text, SentenceTerms::of);
  }

  private static String key(LabelledPair pair) {
    return pair.first() + "\t" + pair.second();
  }
}
