package org.wiretrace.align;

import java.util.Arrays;

/**
 * Length of the longest common subsequence of two hash sequences, bit-parallel.
 *
 * <p>Method: the bit-vector LCS recurrence of Allison and Dix ("A bit-string longest-common-subsequence
 * algorithm", Information Processing Letters 23, 1986) in the form of Hyyrö ("Bit-parallel LCS-length
 * computation revisited", AWOCA 2004): with one match mask per distinct symbol of {@code x}, each symbol
 * of {@code y} updates a bit row {@code V} by {@code U = V & M; V = (V + U) | (V - U)}; the LCS length
 * is the number of zero bits of {@code V} over {@code |x|} positions. Rows longer than 64 carry the
 * addition and the borrow across words. O(|y| · ⌈|x|/64⌉ + |x| log |x|) instead of the O(|x| · |y|)
 * dynamic programme, with the same result. Thread-safe (stateless).
 */
final class Lcs {

  private Lcs() {}

  /**
   * Returns the LCS length of two sequences.
   *
   * @param x one sequence
   * @param y the other
   * @return the length of their longest common subsequence
   */
  static int length(long[] x, long[] y) {
    if (x.length == 0 || y.length == 0) {
      return 0;
    }
    if (x.length <= Long.SIZE) {
      return oneWord(x, y);
    }
    MatchMasks masks = new MatchMasks(x);
    int words = masks.words;
    long[] v = new long[words];
    Arrays.fill(v, -1L);
    for (long symbol : y) {
      int at = masks.find(symbol);
      if (at >= 0) {
        step(v, masks.masks, at * words);
      }
    }
    return x.length - ones(v, x.length);
  }

  /**
   * The recurrence on one 64-bit row, for {@code |x| <= 64} (nearly every sentence): each symbol's
   * match mask is gathered by one pass over {@code x} instead of sorting {@code x} into masks first.
   * The carry out of the top bit is dropped, as the multi-word row drops it out of its last word.
   */
  private static int oneWord(long[] x, long[] y) {
    long v = -1L;
    for (long symbol : y) {
      long mask = 0;
      for (int i = 0; i < x.length; i++) {
        mask |= x[i] == symbol ? 1L << i : 0;
      }
      long u = v & mask;
      v = (v + u) | (v & ~u);
    }
    long used = x.length == Long.SIZE ? -1L : (1L << x.length) - 1;
    return x.length - Long.bitCount(v & used);
  }

  /**
   * One row update, {@code V = (V + U) | (V - U)} with {@code U = V & M}, on a multi-word little-endian
   * number. {@code U} is a submask of {@code V}, so {@code V - U} is {@code V & ~U} without borrows;
   * only the addition carries from word to word.
   */
  private static void step(long[] v, long[] masks, int offset) {
    long carry = 0;
    for (int w = 0; w < v.length; w++) {
      long u = v[w] & masks[offset + w];
      long sum = v[w] + u + carry;
      carry = Long.compareUnsigned(sum, v[w]) < 0 || (carry != 0 && sum == v[w]) ? 1 : 0;
      v[w] = sum | (v[w] & ~u);
    }
  }

  /** Number of set bits among the first {@code n} bits of {@code v}. */
  private static int ones(long[] v, int n) {
    int count = 0;
    for (int w = 0; w < v.length; w++) {
      int bits = Math.min(64, n - 64 * w);
      long word = bits == 64 ? v[w] : v[w] & ((1L << bits) - 1);
      count += Long.bitCount(word);
    }
    return count;
  }

  /** The distinct symbols of a sequence, sorted, each with the bit mask of its positions. */
  private static final class MatchMasks {
    final int words;
    final long[] symbols;
    final long[] masks;

    MatchMasks(long[] x) {
      words = (x.length + 63) >>> 6;
      long[] sorted = x.clone();
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      symbols = Arrays.copyOf(sorted, distinct);
      masks = new long[distinct * words];
      for (int i = 0; i < x.length; i++) {
        int at = Arrays.binarySearch(symbols, x[i]);
        masks[at * words + (i >>> 6)] |= 1L << (i & 63);
      }
    }

    int find(long symbol) {
      return Arrays.binarySearch(symbols, symbol);
    }
  }
}
