package org.wiretrace.eval.pairs;

/** Column means and standard deviations for feature standardisation. */
final class Standardising {

  private Standardising() {}

  /**
   * Returns the mean of each column.
   *
   * @param x rows of equal length, at least one
   * @return the means
   */
  static double[] means(double[][] x) {
    double[] means = new double[x[0].length];
    for (double[] row : x) {
      for (int j = 0; j < means.length; j++) {
        means[j] += row[j] / x.length;
      }
    }
    return means;
  }

  /**
   * Returns the standard deviation of each column, 1 for a constant column.
   *
   * @param x the rows
   * @param means their column means
   * @return the scales
   */
  static double[] scales(double[][] x, double[] means) {
    double[] scales = new double[means.length];
    for (double[] row : x) {
      for (int j = 0; j < means.length; j++) {
        double d = row[j] - means[j];
        scales[j] += d * d / x.length;
      }
    }
    for (int j = 0; j < scales.length; j++) {
      scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1;
    }
    return scales;
  }

  /**
   * Returns standardised copies of the rows.
   *
   * @param x the rows
   * @param means column means
   * @param scales column scales
   * @return (x − mean) / scale, row by row
   */
  static double[][] apply(double[][] x, double[] means, double[] scales) {
    double[][] z = new double[x.length][means.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < means.length; j++) {
        z[i][j] = (x[i][j] - means[j]) / scales[j];
      }
    }
    return z;
  }
}
