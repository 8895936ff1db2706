package org.wiretrace.index;

/** Vector checks shared by the candidate index and the embedding cache. */
final class VectorMath {

  private VectorMath() {}

  /**
   * Returns the vector scaled to unit length (a copy), so dot product equals cosine.
   *
   * @param v the vector
   * @param owner what the vector belongs to, for the error message
   * @return the unit vector
   * @throws IllegalArgumentException when the vector is empty, all zeros or not finite
   */
  static float[] normalised(float[] v, String owner) {
    double sum = squaredLength(v);
    if (!usable(v)) {
      throw new IllegalArgumentException("sentence vector of '" + owner + "' is empty, all zeros or not "
          + "finite (squared length " + sum + "); check the embedder's output");
    }
    float scale = (float) (1 / Math.sqrt(sum));
    float[] unit = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      unit[i] = v[i] * scale;
    }
    return unit;
  }

  /**
   * Tells whether a vector has a direction: not empty, not all zeros, every component finite.
   * A sentence without content words (e.g. under the lexical embedder) has none.
   *
   * @param v the vector
   * @return true when {@link #normalised} accepts it
   */
  static boolean usable(float[] v) {
    double sum = squaredLength(v);
    return v.length > 0 && sum > 0 && Double.isFinite(sum);
  }

  private static double squaredLength(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    return sum;
  }
}
