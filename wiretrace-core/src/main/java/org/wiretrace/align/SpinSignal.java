package org.wiretrace.align;

/**
 * Measures spinner artefacts in an aligned pair: single content words swapped one-for-one inside
 * otherwise parallel sentences ("praised Putin" / "lauded Putin", "next year" / "following year").
 *
 * <p>Method: a longest-common-subsequence diff of the two content-stem sequences; every gap that
 * holds exactly one word on each side is a swap. Article spinners substitute synonyms word by word
 * and keep the sentence skeleton, so their copies show many such swaps per sentence; human
 * paraphrase restructures clauses and shows long gaps instead; edited syndication shows few gaps at
 * all. The same signal underlies the "tortured phrases" of Cabanac et al. (2021), where a fixed
 * phrase is replaced word by word. O(n·m) per pair on sentence-length sequences. Thread-safe.
 */
public final class SpinSignal {

  private SpinSignal() {}

  /**
   * Returns the number of one-for-one word swaps between two passages.
   *
   * @param a one passage
   * @param b the other passage
   * @return the swap count
   */
  public static int swaps(SentenceProfile a, SentenceProfile b) {
    return diff(a.sequence(), b.sequence()).swaps();
  }

  /**
   * The LCS diff of two content-stem sequences: its length and its one-for-one swaps.
   *
   * @param common length of the longest common subsequence
   * @param swaps gaps of exactly one word on each side
   */
  record Diff(int common, int swaps) {}

  /**
   * Diffs two sequences once, for callers that need both the LCS length and the swaps.
   *
   * @param x one sequence
   * @param y the other
   * @return the diff
   */
  static Diff diff(long[] x, long[] y) {
    int width = y.length + 1;
    int[] lcs = new int[(x.length + 1) * width];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        lcs[i * width + j] = x[i] == y[j] ? lcs[(i + 1) * width + j + 1] + 1
            : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
      }
    }
    return new Diff(lcs[0], countSwaps(x, y, lcs, width));
  }

  /** Walks the LCS table (row-major, {@code width} columns) and counts gaps of one word on each side. */
  private static int countSwaps(long[] x, long[] y, int[] lcs, int width) {
    int i = 0;
    int j = 0;
    int swaps = 0;
    int gapX = 0;
    int gapY = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] == y[j]) {
        swaps += gapX == 1 && gapY == 1 ? 1 : 0;
        gapX = 0;
        gapY = 0;
        i++;
        j++;
      } else if (j >= y.length || i < x.length && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
        gapX++;
        i++;
      } else {
        gapY++;
        j++;
      }
    }
    return swaps + (gapX == 1 && gapY == 1 ? 1 : 0);
  }
}
