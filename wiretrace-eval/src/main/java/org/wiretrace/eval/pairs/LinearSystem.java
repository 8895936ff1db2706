package org.wiretrace.eval.pairs;

/** Dense linear solver for the small symmetric systems of Newton steps. */
final class LinearSystem {

  private LinearSystem() {}

  /**
   * Solves {@code a x = b} by Gaussian elimination with partial pivoting.
   *
   * @param a a square matrix, overwritten
   * @param b the right-hand side, overwritten
   * @return x
   * @throws IllegalStateException when {@code a} is singular
   */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    for (int col = 0; col < n; col++) {
      pivot(a, b, col);
      for (int row = col + 1; row < n; row++) {
        double factor = a[row][col] / a[col][col];
        for (int k = col; k < n; k++) {
          a[row][k] -= factor * a[col][k];
        }
        b[row] -= factor * b[col];
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = b[row];
      for (int k = row + 1; k < n; k++) {
        sum -= a[row][k] * x[k];
      }
      x[row] = sum / a[row][row];
    }
    return x;
  }

  private static void pivot(double[][] a, double[] b, int col) {
    int best = col;
    for (int row = col + 1; row < b.length; row++) {
      best = Math.abs(a[row][col]) > Math.abs(a[best][col]) ? row : best;
    }
    if (Math.abs(a[best][col]) < 1e-300) {
      throw new IllegalStateException("singular Newton system at column " + col + "; raise lambda");
    }
    double[] rowSwap = a[col];
    a[col] = a[best];
    a[best] = rowSwap;
    double bSwap = b[col];
    b[col] = b[best];
    b[best] = bSwap;
  }
}
