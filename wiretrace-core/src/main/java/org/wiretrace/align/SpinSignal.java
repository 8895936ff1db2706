package org.wiretrace.align;

/**
 * Measures spinner artefacts in an aligned pair: single content words swapped one-for-one inside
 * otherwise parallel sentences ("praised Putin" / "lauded Putin", "next year" / "following year").
 *
 * <p>Method: a longest-common-subsequence diff of the two content-stem sequences; every gap that
 * holds exactly one word on each side is a swap, and every gap of the same length on both sides is
 * a substitution in place ({@link Diff#parallel()}). Article spinners substitute synonyms word by
 * word and keep the sentence skeleton, so their copies show many such substitutions per sentence;
 * human paraphrase restructures clauses and shows uneven gaps instead (a clause moved to the front
 * leaves a gap on one side only); edited syndication shows few gaps at all. The same signal
 * underlies the "tortured phrases" of Cabanac et al. (2021), where a fixed phrase is replaced word
 * by word. O(n·m) per pair on sentence-length sequences. Thread-safe.
 */
public final class SpinSignal {

  private SpinSignal() {}

  /**
   * Diffs two passages' content-stem sequences.
   *
   * @param a one passage
   * @param b the other passage
   * @return the diff
   */
  public static Diff diff(SentenceProfile a, SentenceProfile b) {
    return diff(a.sequence(), b.sequence());
  }

  /**
   * The LCS diff of two content-stem sequences: its length, its one-for-one swaps, and how the
   * words outside the common subsequence fall into gaps.
   *
   * @param common length of the longest common subsequence
   * @param swaps gaps of exactly one word on each side
   * @param parallel words in gaps of the same length on both sides (k words replaced by k words,
   *     counted once): substitutions that keep the sentence skeleton
   * @param uneven words in gaps of different lengths on the two sides (the longer side counted):
   *     clauses moved, added, dropped or rephrased
   */
  public record Diff(int common, int swaps, int parallel, int uneven) {}

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
    Gaps gaps = walk(x, y, lcs, width);
    return new Diff(lcs[0], gaps.swaps, gaps.parallel, gaps.uneven);
  }

  /** Walks the LCS table (row-major, {@code width} columns) and sorts the gaps between common words. */
  private static Gaps walk(long[] x, long[] y, int[] lcs, int width) {
    int i = 0;
    int j = 0;
    Gaps gaps = new Gaps();
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] == y[j]) {
        gaps.close();
        i++;
        j++;
      } else if (j >= y.length || i < x.length && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
        gaps.gapX++;
        i++;
      } else {
        gaps.gapY++;
        j++;
      }
    }
    gaps.close();
    return gaps;
  }

  /** Running tallies of the gaps of one diff. */
  private static final class Gaps {
    int gapX;
    int gapY;
    int swaps;
    int parallel;
    int uneven;

    void close() {
      if (gapX == gapY) {
        swaps += gapX == 1 ? 1 : 0;
        parallel += gapX;
      } else {
        uneven += Math.max(gapX, gapY);
      }
      gapX = 0;
      gapY = 0;
    }
  }
}
