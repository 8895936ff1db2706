package org.wiretrace.embed;

/**
 * How token vectors of the last hidden state become one sentence vector. Sentence-transformers
 * models state their pooling in their model card: MiniLM uses {@link #MEAN}, BGE uses {@link #CLS}.
 */
public enum Pooling {
  /** Average of the token vectors whose attention mask is 1 (special tokens included). */
  MEAN,
  /** The vector of the first token ({@code [CLS]}). */
  CLS;

  /**
   * Pools the token vectors of one sequence into a new L2-normalised vector.
   *
   * @param hidden token vectors, {@code [tokens][dimensions]}
   * @param mask attention mask, one entry per token
   * @return the unit-length sentence vector
   */
  float[] pool(float[][] hidden, long[] mask) {
    float[] pooled = this == CLS ? hidden[0].clone() : mean(hidden, mask);
    return normalise(pooled);
  }

  private static float[] mean(float[][] hidden, long[] mask) {
    float[] sum = new float[hidden[0].length];
    int count = 0;
    for (int t = 0; t < hidden.length; t++) {
      if (mask[t] != 0) {
        addInto(sum, hidden[t]);
        count++;
      }
    }
    return scale(sum, 1.0f / Math.max(1, count));
  }

  private static void addInto(float[] sum, float[] vector) {
    for (int d = 0; d < sum.length; d++) {
      sum[d] += vector[d];
    }
  }

  private static float[] scale(float[] vector, float factor) {
    for (int d = 0; d < vector.length; d++) {
      vector[d] *= factor;
    }
    return vector;
  }

  /**
   * Scales a vector to unit length; a zero vector stays zero.
   *
   * @param vector the vector, changed in place
   * @return the same array
   */
  static float[] normalise(float[] vector) {
    double squares = 0;
    for (float v : vector) {
      squares += (double) v * v;
    }
    return squares == 0 ? vector : scale(vector, (float) (1.0 / Math.sqrt(squares)));
  }
}
