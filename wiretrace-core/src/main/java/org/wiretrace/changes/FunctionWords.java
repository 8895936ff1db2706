package org.wiretrace.changes;

import java.util.Set;

/**
 * English function words and a light stemmer, for telling content changes from rewording.
 *
 * <p>The stemmer only folds inflection ("friends"/"friend", "deported"/"deporting"/"deport"); it
 * is deliberately weaker than Porter so that different words are not conflated.
 */
final class FunctionWords {

  static final Set<String> WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to",
      "by", "with", "from", "into", "onto", "about", "as", "than", "then", "that", "this", "these",
      "those", "there", "here", "it", "its", "it's", "i", "i'd", "i'm", "i've", "i'll", "me", "my",
      "we", "we're", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them",
      "their", "theirs", "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
      "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has",
      "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "if", "while", "because", "since", "until", "also", "just", "even", "only", "very", "really",
      "some", "any", "each", "every", "all", "both", "either", "such", "own", "same", "other",
      "s", "'s", "up", "out", "off", "over", "under", "again", "further", "once", "well", "too",
      "that's", "there's", "he's", "she's", "they're", "let's", "what's", "one", "per", "via",
      "upon", "within", "without", "through", "during", "before", "after", "above", "below",
      "between", "among", "around", "against", "whether", "though", "although", "however");

  private FunctionWords() {}

  static boolean isFunction(String norm) {
    return WORDS.contains(norm);
  }

  /** Returns a light stem folding plural, possessive and -ed/-ing inflection. */
  static String stem(String norm) {
    String w = norm.endsWith("'s") ? norm.substring(0, norm.length() - 2) : norm;
    w = Units.singular(w);
    if (w.length() > 5 && w.endsWith("ing")) {
      return undouble(w.substring(0, w.length() - 3));
    }
    if (w.length() > 4 && w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return undouble(w.substring(0, w.length() - (w.endsWith("eed") ? 1 : 2)));
    }
    if (w.length() > 3 && w.endsWith("e")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
