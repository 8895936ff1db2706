package org.wiretrace.eval.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretrace.embed.SentenceEncoding;
import org.wiretrace.embed.TokenEmbedder;

/**
 * Test embedder: hashed lower-case words in 64 dimensions, L2-normalised; word tokens with one-hot
 * vectors. Fast and deterministic.
 */
final class BagOfWordsEmbedder implements TokenEmbedder {

  private static final int DIMENSIONS = 64;

  @Override
  public String modelName() {
    return "test-bag-of-words/64";
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> vectors = new ArrayList<>();
    for (String text : texts) {
      vectors.add(embed(text));
    }
    return vectors;
  }

  @Override
  public List<SentenceEncoding> encode(List<String> texts) {
    List<SentenceEncoding> encodings = new ArrayList<>();
    for (String text : texts) {
      List<String> words = words(text);
      float[][] vectors = words.stream().map(BagOfWordsEmbedder::embed).toArray(float[][]::new);
      encodings.add(new SentenceEncoding(words, vectors, embed(text)));
    }
    return encodings;
  }

  private static List<String> words(String text) {
    return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static float[] embed(String text) {
    float[] v = new float[DIMENSIONS];
    for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (!word.isEmpty()) {
        v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    for (int d = 0; d < DIMENSIONS; d++) {
      v[d] /= (float) Math.max(1e-9, Math.sqrt(norm));
    }
    return v;
  }
}
