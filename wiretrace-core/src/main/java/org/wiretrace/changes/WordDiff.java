package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Word-level diff of two token sequences: the longest common subsequence, reported as alternating
 * equal and changed hunks.
 *
 * <p>Method: the classic dynamic-programming LCS (Wagner–Fischer / Hunt–McIlroy, O(n·m) time and
 * memory). Aligned sentence pairs are short (tens of words), so the quadratic table is cheaper than
 * Myers' O(ND) algorithm's bookkeeping; passages above {@value #MAX_CELLS} cells fall back to a
 * single changed hunk, which only makes the detectors that use hunks more conservative.
 */
final class WordDiff {

  static final int MAX_CELLS = 4_000_000;

  /**
   * A run of tokens: equal on both sides, or source tokens replaced by derived tokens.
   *
   * @param equal whether the run is common to both sides
   * @param sourceFrom first source index, inclusive
   * @param sourceTo last source index, exclusive
   * @param derivedFrom first derived index, inclusive
   * @param derivedTo last derived index, exclusive
   */
  record Hunk(boolean equal, int sourceFrom, int sourceTo, int derivedFrom, int derivedTo) {

    int sourceLength() {
      return sourceTo - sourceFrom;
    }

    int derivedLength() {
      return derivedTo - derivedFrom;
    }
  }

  private WordDiff() {}

  /**
   * Diffs two token lists by a key.
   *
   * @param source the source tokens
   * @param derived the derived tokens
   * @param key what to compare (e.g. the normalised word)
   * @param <T> the token type
   * @return the hunks in order, covering both lists completely
   */
  static <T> List<Hunk> diff(List<T> source, List<T> derived, Function<T, String> key) {
    int n = source.size();
    int m = derived.size();
    if ((long) n * m > MAX_CELLS) {
      return List.of(new Hunk(false, 0, n, 0, m));
    }
    int[][] lcs = table(source, derived, key);
    return walk(lcs, source, derived, key);
  }

  private static <T> int[][] table(List<T> source, List<T> derived, Function<T, String> key) {
    int n = source.size();
    int m = derived.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      String a = key.apply(source.get(i));
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.equals(key.apply(derived.get(j)))
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return lcs;
  }

  private static <T> List<Hunk> walk(int[][] lcs, List<T> source, List<T> derived, Function<T, String> key) {
    List<Hunk> hunks = new ArrayList<>();
    int i = 0;
    int j = 0;
    int n = source.size();
    int m = derived.size();
    while (i < n || j < m) {
      int si = i;
      int sj = j;
      while (i < n && j < m && matches(lcs, source, derived, key, i, j)) {
        i++;
        j++;
      }
      if (i > si) {
        hunks.add(new Hunk(true, si, i, sj, j));
        continue;
      }
      while ((i < n || j < m) && !(i < n && j < m && matches(lcs, source, derived, key, i, j))) {
        if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
          i++;
        } else {
          j++;
        }
      }
      hunks.add(new Hunk(false, si, i, sj, j));
    }
    return hunks;
  }

  /** A pair on an optimal path: equal tokens whose match extends the LCS. */
  private static <T> boolean matches(
      int[][] lcs, List<T> source, List<T> derived, Function<T, String> key, int i, int j) {
    return lcs[i][j] == lcs[i + 1][j + 1] + 1 && key.apply(source.get(i)).equals(key.apply(derived.get(j)));
  }
}
