package org.wiretrace.align;

import java.util.List;

/**
 * The feature vector of the sentence-pair judgement ({@link SentencePairJudge}), computed from two
 * precomputed {@link SentenceProfile}s with linear merges of sorted hash sets.
 *
 * <p>Method: the lexical evidence of the classic MSRP paraphrase systems (Madnani, Tetreault and
 * Chodorow, "Re-examining Machine Translation Metrics for Paraphrase Identification", NAACL 2012;
 * Wan et al., "Using Dependency-Based Features to Take the 'Para-farce' out of Paraphrase", 2006)
 * plus the sentence embedder's cosine: content-stem containment both ways, word-bigram overlap both
 * ways, longest common subsequence of the content words, the longest run of content words one side
 * has and the other lacks (an added clause, the commonest reason MSRP pairs are not paraphrases),
 * name and number agreement, single-word swaps ({@link SpinSignal}) and length ratio. Every feature
 * is symmetric: a directional overlap {@code |A∩B|/|A|} enters as the minimum and the maximum of its
 * two directions. Names are stored with the fitted coefficients, so a model refuses features it was
 * not fitted on. Thread-safe (stateless).
 */
public final class SentencePairFeatures {

  /** Feature names, in vector order. */
  public static final List<String> NAMES = List.of(
      "cosine",
      "cosine_x_content_min",
      "content_overlap_min",
      "content_overlap_max",
      "content_dice",
      "bigram_overlap_min",
      "bigram_overlap_max",
      "lcs_min",
      "lcs_max",
      "length_ratio",
      "content_unmatched_log",
      "unmatched_run_min_log",
      "unmatched_run_max_log",
      "anchor_dice",
      "anchor_unmatched_log",
      "number_conflict",
      "swap_share",
      "stem_overlap_min",
      "stem_overlap_max",
      "bleu_min",
      "bleu_max",
      "char3_dice",
      "stem_lcs_min",
      "negation_mismatch");

  /** Position of the cosine feature; a model without an embedder gives it weight zero. */
  public static final int COSINE = 0;

  /** Position of the cosine interaction feature; also zero-weighted without an embedder. */
  public static final int COSINE_INTERACTION = 1;

  private SentencePairFeatures() {}

  /**
   * Computes the features of one pair.
   *
   * @param a one sentence or passage
   * @param b the other
   * @return the vector, in {@link #NAMES} order
   */
  public static double[] of(SentenceProfile a, SentenceProfile b) {
    return of(a, b, SentenceProfile.overlap(a.contentStems(), b.contentStems()));
  }

  /**
   * Computes the features of one pair whose shared content stems the caller has counted already.
   *
   * @param a one sentence or passage
   * @param b the other
   * @param sharedContent {@code SentenceProfile.overlap(a.contentStems(), b.contentStems())}
   * @return the vector, in {@link #NAMES} order
   */
  static double[] of(SentenceProfile a, SentenceProfile b, int sharedContent) {
    double cosine = Math.max(0, Vectors.dot(a.vector(), b.vector()));
    double[] content = containment(sharedContent, a.contentStems().length, b.contentStems().length);
    double[] bigrams = containment(a.bigrams(), b.bigrams());
    SpinSignal.Diff diff = SpinSignal.diff(a.sequence(), b.sequence());
    int shorter = Math.min(a.sequence().length, b.sequence().length);
    int longer = Math.max(a.sequence().length, b.sequence().length);
    int unmatched = Math.max(a.contentStems().length, b.contentStems().length) - sharedContent;
    int runA = unmatchedRun(a.sequence(), b.contentStems());
    int runB = unmatchedRun(b.sequence(), a.contentStems());
    int sharedAnchors = SentenceProfile.overlap(a.anchors(), b.anchors());
    int anchorsUnmatched = a.anchors().length + b.anchors().length - 2 * sharedAnchors;
    WordTerms wa = a.words();
    WordTerms wb = b.words();
    double[] stems = containment(wa.stemSet(), wb.stemSet());
    double[] bleu = bleu(wa, wb);
    return new double[] {
      cosine,
      cosine * content[0],
      content[0],
      content[1],
      dice(sharedContent, a.contentStems().length, b.contentStems().length),
      bigrams[0],
      bigrams[1],
      share(diff.common(), longer),
      share(diff.common(), shorter),
      share(Math.min(a.wordCount(), b.wordCount()), Math.max(a.wordCount(), b.wordCount())),
      Math.log1p(unmatched),
      Math.log1p(Math.min(runA, runB)),
      Math.log1p(Math.max(runA, runB)),
      dice(sharedAnchors, a.anchors().length, b.anchors().length),
      Math.log1p(anchorsUnmatched),
      numberConflict(a.numbers(), b.numbers()),
      share(diff.swaps(), shorter),
      stems[0],
      stems[1],
      bleu[0],
      bleu[1],
      SentenceSimilarity.dice(wa.trigrams(), wb.trigrams()),
      share(Lcs.length(wa.stems(), wb.stems()), Math.max(wa.stems().length, wb.stems().length)),
      (wa.negations() % 2) == (wb.negations() % 2) ? 0 : 1
    };
  }

  /**
   * Smoothed sentence BLEU both ways (Papineni et al. 2002; add-one smoothing of each n-gram
   * precision, no brevity penalty), as {min, max}. The matched n-gram counts are symmetric, so each
   * order is merged once for both directions.
   */
  private static double[] bleu(WordTerms a, WordTerms b) {
    double logAb = 0;
    double logBa = 0;
    for (int n = 0; n < WordTerms.ORDER; n++) {
      int matched = SentenceProfile.overlap(a.ngrams()[n], b.ngrams()[n]);
      logAb += Math.log((matched + 1.0) / (a.ngrams()[n].length + 1.0));
      logBa += Math.log((matched + 1.0) / (b.ngrams()[n].length + 1.0));
    }
    double ab = Math.exp(logAb / WordTerms.ORDER);
    double ba = Math.exp(logBa / WordTerms.ORDER);
    return new double[] {Math.min(ab, ba), Math.max(ab, ba)};
  }

  /** Dice coefficient {@code 2·shared / (sizeA + sizeB)}, as {@link SentenceSimilarity#dice}; 0 when both are empty. */
  private static double dice(int shared, int sizeA, int sizeB) {
    int sizes = sizeA + sizeB;
    return sizes == 0 ? 0 : 2.0 * shared / sizes;
  }

  /** Returns {min, max} of |A∩B|/|A| and |A∩B|/|B|; both 0 when either side is empty. */
  private static double[] containment(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return new double[] {0, 0};
    }
    return containment(SentenceProfile.overlap(a, b), a.length, b.length);
  }

  /** Returns {min, max} of shared/|A| and shared/|B|; both 0 when either side is empty. */
  private static double[] containment(int shared, int sizeA, int sizeB) {
    if (sizeA == 0 || sizeB == 0) {
      return new double[] {0, 0};
    }
    double ab = shared / (double) sizeA;
    double ba = shared / (double) sizeB;
    return new double[] {Math.min(ab, ba), Math.max(ab, ba)};
  }


  private static double share(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }

  /** Longest run of consecutive words of {@code sequence} absent from the sorted set {@code other}. */
  private static int unmatchedRun(long[] sequence, long[] other) {
    int longest = 0;
    int run = 0;
    for (long word : sequence) {
      run = java.util.Arrays.binarySearch(other, word) >= 0 ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** 1 when both sides state numbers and some number of one side is missing from the other. */
  private static double numberConflict(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return new java.util.HashSet<>(a).equals(new java.util.HashSet<>(b)) ? 0 : 1;
  }
}
