package org.wiretrace.align;

/**
 * The plain overlap measures of two sentences (or passages) that an {@link AlignedPair} reports:
 * the Dice overlap of content-word stems, the cosine of the sentence vectors, the Dice overlap of
 * anchors (names and numbers; the lexical overlap when either side has none) and the Dice overlap
 * of word bigrams. Whether two sentences say the same thing is the {@link SentencePairJudge}'s
 * call, not this class's. Thread-safe (stateless).
 */
public final class SentenceSimilarity {

  /**
   * The scores of one pair.
   *
   * @param lexical content-stem Dice overlap
   * @param semantic vector cosine
   * @param anchors anchor Dice overlap (the lexical overlap when either side has no anchor)
   * @param bigrams word-bigram Dice overlap
   */
  public record Score(double lexical, double semantic, double anchors, double bigrams) {}

  /** Creates a scorer. */
  public SentenceSimilarity() {}

  /**
   * Scores a pair.
   *
   * @param a one passage
   * @param b another passage
   * @return the scores
   */
  public Score score(SentenceProfile a, SentenceProfile b) {
    double lexical = dice(a.contentStems(), b.contentStems());
    double semantic = Math.max(0, Vectors.dot(a.vector(), b.vector()));
    boolean anchored = a.anchors().length > 0 && b.anchors().length > 0;
    double anchors = anchored ? dice(a.anchors(), b.anchors()) : lexical;
    return new Score(lexical, semantic, anchors, dice(a.bigrams(), b.bigrams()));
  }

  /**
   * Returns the Dice coefficient {@code 2|A∩B| / (|A|+|B|)} of two sorted distinct sets.
   *
   * @param a a set
   * @param b a set
   * @return the coefficient (0 when both are empty)
   */
  public static double dice(long[] a, long[] b) {
    int sizes = a.length + b.length;
    return sizes == 0 ? 0 : 2.0 * SentenceProfile.overlap(a, b) / sizes;
  }
}
