package org.wiretrace.align;

/**
 * Scores how likely two sentences (or passages) say the same thing.
 *
 * <p>Three signals are combined linearly: the Dice overlap of content-word stems (lexical reuse,
 * robust to reordering), the cosine of the sentence vectors (semantic similarity; with the
 * {@link LexicalEmbedder} a soft lexical overlap, with MiniLM real paraphrase knowledge), and the
 * Dice overlap of anchors, i.e. names and numbers, which survive spinning. When either side has no
 * anchor the anchor term falls back to the lexical overlap. The weights and thresholds were fitted on
 * the MSRP training pairs (see {@code SentenceSimilarityCalibrationTest}). Word-bigram overlap is
 * reported separately: it measures how much wording, not meaning, is shared, and types the pair.
 * Thread-safe.
 */
public final class SentenceSimilarity {

  /**
   * The scores of one pair.
   *
   * @param lexical content-stem Dice overlap
   * @param semantic vector cosine
   * @param anchors anchor Dice overlap (the lexical overlap when either side has no anchor)
   * @param bigrams word-bigram Dice overlap
   * @param score the combined score
   */
  public record Score(double lexical, double semantic, double anchors, double bigrams, double score) {}

  private final AlignmentParams params;

  /**
   * Creates a scorer.
   *
   * @param params the weights
   */
  public SentenceSimilarity(AlignmentParams params) {
    this.params = params;
  }

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
    double anchors = anchors(a, b, lexical);
    return new Score(lexical, semantic, anchors, dice(a.bigrams(), b.bigrams()),
        combined(lexical, semantic, anchors));
  }

  /**
   * Returns only the combined score of {@link #score}, without the bigram overlap or a record: the
   * aligner's full sentence-by-sentence matrix needs nothing else.
   *
   * @param a one sentence
   * @param b another sentence
   * @return {@code score(a, b).score()}, computed the same way
   */
  public double combinedScore(SentenceProfile a, SentenceProfile b) {
    double lexical = dice(a.contentStems(), b.contentStems());
    double semantic = Math.max(0, Vectors.dot(a.vector(), b.vector()));
    return combined(lexical, semantic, anchors(a, b, lexical));
  }

  private static double anchors(SentenceProfile a, SentenceProfile b, double lexical) {
    boolean anchored = a.anchors().length > 0 && b.anchors().length > 0;
    return anchored ? dice(a.anchors(), b.anchors()) : lexical;
  }

  private double combined(double lexical, double semantic, double anchors) {
    double weighted = params.lexicalWeight() * lexical + params.semanticWeight() * semantic
        + params.anchorWeight() * anchors;
    double total = params.lexicalWeight() + params.semanticWeight() + params.anchorWeight();
    return weighted / total;
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
