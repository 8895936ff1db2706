package org.wiretrace.eval.pairs;

import org.wiretrace.embed.SentenceEncoding;

/**
 * Word-level soft matching of two sentences through their contextual word-piece vectors, after
 * BERTScore (Zhang, Kishore, Wu, Weinberger and Artzi, "BERTScore: Evaluating Text Generation with
 * BERT", ICLR 2020): every word piece of one sentence is matched greedily to its most similar word
 * piece of the other (cosine), and the mean of those best similarities is the sentence's coverage
 * by the other. Unlike the pooled sentence cosine, a clause present in only one sentence lowers its
 * coverage sharply, which is what separates "adds a fact" from "says the same thing".
 *
 * <p>Punctuation pieces are ignored. Coverage is computed in both directions; the features take the
 * minimum and the maximum so they do not depend on pair order, plus the share of pieces whose best
 * match stays below {@link #UNMATCHED_BELOW}.
 */
final class TokenAlignment {

  /** A word piece whose best cosine is below this has no counterpart in the other sentence. */
  static final double UNMATCHED_BELOW = 0.5;

  private TokenAlignment() {}

  /**
   * Returns {coverage min, coverage max, unmatched share max} for two encoded sentences.
   *
   * @param a the first sentence
   * @param b the second sentence
   * @return the three features
   */
  static double[] of(SentenceEncoding a, SentenceEncoding b) {
    double[] ab = coverage(a, b);
    double[] ba = coverage(b, a);
    return new double[] {Math.min(ab[0], ba[0]), Math.max(ab[0], ba[0]), Math.max(ab[1], ba[1])};
  }

  /** Returns {mean best cosine, unmatched share} of a's pieces against b's. */
  private static double[] coverage(SentenceEncoding a, SentenceEncoding b) {
    double sum = 0;
    int counted = 0;
    int unmatched = 0;
    for (int i = 0; i < a.tokens().size(); i++) {
      if (isWordPiece(a.tokens().get(i))) {
        double best = best(a.tokenVectors()[i], b);
        sum += best;
        counted++;
        unmatched += best < UNMATCHED_BELOW ? 1 : 0;
      }
    }
    return counted == 0
        ? new double[] {0, 1}
        : new double[] {sum / counted, (double) unmatched / counted};
  }

  private static double best(float[] vector, SentenceEncoding other) {
    double best = 0;
    for (int j = 0; j < other.tokens().size(); j++) {
      if (isWordPiece(other.tokens().get(j))) {
        best = Math.max(best, dot(vector, other.tokenVectors()[j]));
      }
    }
    return best;
  }

  private static boolean isWordPiece(String token) {
    return token.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int d = 0; d < a.length; d++) {
      sum += (double) a[d] * b[d];
    }
    return sum;
  }
}
