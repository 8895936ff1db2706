package org.wiretrace.sketch;

import java.util.ArrayList;
import java.util.List;
import org.wiretrace.internal.Hashing;

/**
 * Computes MinHash signatures of shingle sets and their LSH band keys.
 *
 * <p>Method (Broder 1997, "On the resemblance and containment of documents"): for a random
 * permutation π of the shingle universe, {@code Pr[min π(A) = min π(B)] = |A∩B| / |A∪B|}, the
 * Jaccard similarity. With {@code numPerm} independent hash functions standing in for permutations,
 * the share of agreeing minima estimates J with standard error {@code sqrt(J(1-J)/numPerm)} (about
 * 0.044 at J = 0.5, numPerm = 128). The functions are {@code h_i(x) = a_i·x + b_i mod 2^64} with odd
 * {@code a_i} drawn from a SplitMix64 stream seeded by {@link SketchParams#seed()}, applied to
 * already well-mixed 64-bit shingle hashes: one multiply-add per shingle and function, the
 * cheapest family that keeps the estimate unbiased in practice. Band keys follow
 * {@link LshParams}. Thread-safe.
 */
public final class MinHasher {

  private final SketchParams params;
  private final long[] multipliers;
  private final long[] increments;

  /**
   * Creates a MinHasher.
   *
   * @param params signature length, seed and banding
   */
  public MinHasher(SketchParams params) {
    this.params = params;
    multipliers = new long[params.numPerm()];
    increments = new long[params.numPerm()];
    long state = params.seed();
    for (int i = 0; i < params.numPerm(); i++) {
      state += 0x9e3779b97f4a7c15L;
      multipliers[i] = Hashing.mix64(state) | 1L;
      state += 0x9e3779b97f4a7c15L;
      increments[i] = Hashing.mix64(state);
    }
  }

  /**
   * Returns the parameters.
   *
   * @return the sketch parameters
   */
  public SketchParams params() {
    return params;
  }

  /**
   * Returns the signature of a shingle set; an empty set gives all {@code Long.MAX_VALUE}.
   *
   * @param shingles shingle hashes
   * @return the signature
   */
  public MinHashSignature signature(long[] shingles) {
    long[] mins = new long[params.numPerm()];
    java.util.Arrays.fill(mins, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < mins.length; i++) {
        long h = multipliers[i] * x + increments[i];
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return new MinHashSignature(mins, params);
  }

  /**
   * Returns the LSH band keys of a signature as index terms {@code m<band>:<hex>}.
   *
   * @param signature the signature
   * @return one key per band
   */
  public List<String> bandKeys(MinHashSignature signature) {
    LshParams lsh = params.lsh();
    List<String> keys = new ArrayList<>(lsh.bands());
    for (int b = 0; b < lsh.bands(); b++) {
      long h = b;
      for (int r = 0; r < lsh.rows(); r++) {
        h = Hashing.mix64(h * 31 + signature.value(b * lsh.rows() + r));
      }
      keys.add("m" + b + ":" + Long.toHexString(h));
    }
    return keys;
  }
}
