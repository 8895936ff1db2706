package org.wiretrace.align;

/** Small dense-vector operations on {@code float[]}. */
public final class Vectors {

  private Vectors() {}

  /**
   * Returns the dot product; the cosine for unit vectors.
   *
   * @param a a vector
   * @param b a vector of the same length
   * @return the dot product (0 when lengths differ or either is empty)
   */
  public static float dot(float[] a, float[] b) {
    if (a.length != b.length) {
      return 0f;
    }
    float sum = 0f;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /**
   * Scales a vector to unit length in place.
   *
   * @param v the vector
   * @return the same array (unchanged when all zeros)
   */
  public static float[] normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }

  /**
   * Returns the normalised sum of vectors.
   *
   * @param vectors the vectors, all of one length
   * @param dimensions the length
   * @return a unit vector
   */
  public static float[] mean(Iterable<float[]> vectors, int dimensions) {
    float[] sum = new float[dimensions];
    for (float[] v : vectors) {
      for (int i = 0; i < Math.min(dimensions, v.length); i++) {
        sum[i] += v[i];
      }
    }
    return normalize(sum);
  }
}
