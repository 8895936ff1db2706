package org.wiretrace.sketch;

import java.util.Arrays;
import java.util.List;
import org.wiretrace.internal.Hashing;

/**
 * Hashes word k-shingles (k consecutive normalised words) to 64-bit values. Articles shorter than k
 * words give one shingle of all their words. Pure and thread-safe.
 */
public final class Shingler {

  private final int size;
  private final long seed;

  /**
   * Creates a shingler.
   *
   * @param size words per shingle
   * @param seed hash seed
   */
  public Shingler(int size, long seed) {
    this.size = size;
    this.seed = seed;
  }

  /**
   * Returns the distinct shingle hashes of a word sequence, sorted.
   *
   * @param words normalised words in order
   * @return sorted distinct hashes (empty for no words)
   */
  public long[] shingles(List<String> words) {
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = Hashing.hash64(words.get(i), seed);
    }
    int count = Math.max(1, wordHashes.length - size + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = window(wordHashes, i);
    }
    Arrays.sort(out);
    return distinct(out);
  }

  /**
   * Returns the distinct shingle hashes of a sequence of already hashed words, sorted.
   *
   * @param wordHashes word hashes in order
   * @return sorted distinct hashes (empty for no words)
   */
  public long[] shingles(long[] wordHashes) {
    if (wordHashes.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, wordHashes.length - size + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = window(wordHashes, i);
    }
    Arrays.sort(out);
    return distinct(out);
  }

  private long window(long[] wordHashes, int from) {
    long h = seed;
    int to = Math.min(wordHashes.length, from + size);
    for (int j = from; j < to; j++) {
      h = Hashing.mix64(h * 31 + wordHashes[j]);
    }
    return h;
  }

  static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }
}
