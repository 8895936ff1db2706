package org.wiretrace.eval.pairs;

/**
 * A light English suffix stripper for overlap features: it folds plural, possessive, past and
 * progressive forms ("rates", "rated", "rating" to "rat") and "-ly" adverbs. It over-stems less
 * than Porter (1980) and never maps two common words of different meaning together in practice,
 * which matters more for pair features than conflating irregular forms ("said"/"says").
 */
final class LightStemmer {

  private static final int MIN_STEM = 3;

  private LightStemmer() {}

  /**
   * Returns the stem of a lower-case word.
   *
   * @param word the word
   * @return its stem, possibly the word itself
   */
  static String stem(String word) {
    String w = strip(word, "'s");
    w = strip(w, "’s");
    if (w.endsWith("ies") && w.length() > MIN_STEM + 2) {
      return w.substring(0, w.length() - 3) + "y";
    }
    for (String suffix : new String[] {"ing", "ed", "ly", "es", "s"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM && !w.endsWith("ss")) {
        return dropDouble(w.substring(0, w.length() - suffix.length()));
      }
    }
    return w;
  }

  private static String strip(String word, String suffix) {
    return word.endsWith(suffix) ? word.substring(0, word.length() - suffix.length()) : word;
  }

  private static String dropDouble(String stem) {
    int n = stem.length();
    boolean doubled = n > MIN_STEM && stem.charAt(n - 1) == stem.charAt(n - 2);
    boolean keep = doubled && "lsz".indexOf(stem.charAt(n - 1)) >= 0;
    String folded = doubled && !keep ? stem.substring(0, n - 1) : stem;
    return folded.endsWith("e") && folded.length() > MIN_STEM ? folded.substring(0, folded.length() - 1) : folded;
  }
}
