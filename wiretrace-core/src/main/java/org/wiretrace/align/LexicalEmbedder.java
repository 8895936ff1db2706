package org.wiretrace.align;

import java.util.ArrayList;
import java.util.List;
import org.wiretrace.internal.Hashing;
import org.wiretrace.text.Token;
import org.wiretrace.text.WordTokenizer;

/**
 * A dependency-free, deterministic sentence embedder: hashed stems, stem bigrams and character
 * trigrams folded into a fixed-length unit vector (the "hashing trick", Weinberger et al. 2009).
 *
 * <p>Each content-word stem adds weight 1 at a signed hashed position, each function word 0.15,
 * each adjacent stem pair 0.5 (word order), and the character trigrams of each content word share
 * 0.6 (so "Zelenskiy"/"Zelensky" and "publicise"/"publicize" stay close). The dot product of two
 * vectors is then a soft, length-normalised lexical overlap: it captures edits, reordering and
 * morphology, not synonyms. It is the fallback when no neural model is available and the embedder
 * that unit tests and the Spark determinism test use; the ONNX MiniLM embedder in
 * {@code wiretrace-embed} adds real paraphrase knowledge. Thread-safe.
 */
public final class LexicalEmbedder implements SentenceEmbedder {

  /** Default number of dimensions. */
  public static final int DEFAULT_DIMENSIONS = 256;
  private static final float FUNCTION_WORD = 0.15f;
  private static final float BIGRAM = 0.5f;
  private static final float TRIGRAMS = 0.6f;

  private final int dimensions;
  private final long seed;
  private final WordTokenizer tokenizer = new WordTokenizer();

  /** Creates an embedder with {@value #DEFAULT_DIMENSIONS} dimensions and seed 42. */
  public LexicalEmbedder() {
    this(DEFAULT_DIMENSIONS, 42);
  }

  /**
   * Creates an embedder.
   *
   * @param dimensions vector length, at least 16
   * @param seed hash seed
   */
  public LexicalEmbedder(int dimensions, long seed) {
    if (dimensions < 16) {
      throw new IllegalArgumentException(
          "LexicalEmbedder dimensions " + dimensions + " is too small; use at least 16 (default 256)");
    }
    this.dimensions = dimensions;
    this.seed = seed;
  }

  @Override
  public String modelName() {
    return "lexical-hash/" + dimensions + "/s" + seed;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(embedTokens(tokenizer.tokenize(text, 0)));
    }
    return out;
  }

  /**
   * Embeds an already tokenised sentence; equal to {@link #embed} of its text.
   *
   * @param tokens the sentence's tokens
   * @return a unit vector (all zeros for no tokens)
   */
  public float[] embedTokens(List<Token> tokens) {
    float[] v = new float[dimensions];
    long previous = 0;
    boolean hasPrevious = false;
    for (Token t : tokens) {
      long stem = t.stemHash();
      if (t.stopword()) {
        add(v, stem, FUNCTION_WORD);
        continue;
      }
      add(v, stem, 1f);
      trigrams(v, t.norm());
      if (hasPrevious) {
        add(v, previous * 31 + stem, BIGRAM);
      }
      previous = stem;
      hasPrevious = true;
    }
    return Vectors.normalize(v);
  }

  /** Character trigrams of {@code #word#}, hashed without building substrings. */
  private void trigrams(float[] v, String word) {
    int n = word.length() + 2;
    int count = n - 2;
    float weight = TRIGRAMS / count;
    for (int i = 0; i < count; i++) {
      long h = (long) at(word, i) << 32 | (long) at(word, i + 1) << 16 | at(word, i + 2);
      add(v, h ^ 0x5bd1e995L, weight);
    }
  }

  private static char at(String word, int paddedIndex) {
    return paddedIndex == 0 || paddedIndex == word.length() + 1 ? '#' : word.charAt(paddedIndex - 1);
  }

  private void add(float[] v, long feature, float weight) {
    long h = Hashing.mix64(feature * 0x9e3779b97f4a7c15L + seed);
    int index = (int) Long.remainderUnsigned(h, dimensions);
    v[index] += (h & (1L << 63)) == 0 ? weight : -weight;
  }
}
