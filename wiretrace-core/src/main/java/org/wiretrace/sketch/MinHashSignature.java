package org.wiretrace.sketch;

import java.util.Arrays;
import java.util.Objects;

/**
 * A MinHash signature with the parameters that made it.
 *
 * @param values the minimum of each hash function over the shingle set
 * @param params the parameters; signatures with different parameters cannot be compared
 */
public record MinHashSignature(long[] values, SketchParams params) {

  /** Validates the length against the parameters. */
  public MinHashSignature {
    Objects.requireNonNull(params, "params");
    if (values.length != params.numPerm()) {
      throw new IllegalArgumentException(
          "signature has " + values.length + " values but params say numPerm " + params.numPerm());
    }
    values = values.clone();
  }

  /**
   * Returns the estimated Jaccard similarity: the share of positions where both minima agree.
   * Its standard error is {@code sqrt(J(1-J)/numPerm)}.
   *
   * @param other another signature
   * @return the estimate in [0, 1]
   * @throws IllegalArgumentException when the parameters differ
   */
  public double estimateJaccard(MinHashSignature other) {
    if (!params.equals(other.params)) {
      throw new IllegalArgumentException(
          "cannot compare MinHash signatures made with " + params.stamp() + " and "
              + other.params.stamp() + "; re-sketch both with the same SketchParams");
    }
    int same = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return same / (double) values.length;
  }

  /**
   * Returns one value of the signature.
   *
   * @param i position
   * @return the value
   */
  public long value(int i) {
    return values[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature s && params.equals(s.params) && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return 31 * params.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MinHashSignature[" + params.stamp() + "]";
  }
}
