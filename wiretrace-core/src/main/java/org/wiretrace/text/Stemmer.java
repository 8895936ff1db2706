package org.wiretrace.text;

/**
 * A light English suffix stripper, so that inflections and common derivations of one word meet:
 * {@code talks/talked/talking → talk}, {@code crimes → crime}, {@code countries → countri},
 * {@code reported → report}.
 *
 * <p>Method: the plural and past/progressive steps of Porter (1980, "An algorithm for suffix
 * stripping") followed by a short list of derivational suffixes, each removed only when at least
 * three characters remain. It is less aggressive than full Porter, which is what matching needs:
 * a missed conflation costs a little recall, a false one ("new"/"news") costs precision. Stems are
 * matching keys, not words. Deterministic and thread-safe.
 */
public final class Stemmer {

  private static final String[][] DERIVATIONAL = {
    {"ational", "ate"}, {"ization", "ize"}, {"fulness", "ful"}, {"iveness", "ive"},
    {"ousness", "ous"}, {"ation", "ate"}, {"ement", ""}, {"ment", ""}, {"ness", ""},
    {"ably", "able"}, {"ibly", "ible"}, {"ally", "al"}, {"fully", "ful"}, {"ly", ""},
    {"ise", "ize"}, {"ised", "ize"}, {"izing", "ize"}
  };

  private Stemmer() {}

  /**
   * Returns the stem of a normalised word; words of three letters or fewer and numbers are kept.
   *
   * @param norm a normalised word (lower case)
   * @return the stem
   */
  public static String stem(String norm) {
    if (norm.length() <= 3 || !Character.isLetter(norm.charAt(0))) {
      return norm;
    }
    String w = plural(norm);
    w = pastOrProgressive(w);
    w = derivational(w);
    return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
  }

  private static String plural(String w) {
    if (w.endsWith("sses")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "i";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String pastOrProgressive(String w) {
    for (String suffix : new String[] {"ing", "ed"}) {
      if (w.endsWith(suffix) && hasVowel(w, w.length() - suffix.length())
          && w.length() - suffix.length() >= 3) {
        return undouble(w.substring(0, w.length() - suffix.length()));
      }
    }
    if (w.endsWith("y") && w.length() > 3 && !isVowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "i";
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
        && !isVowel(w.charAt(n - 1))) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String derivational(String w) {
    for (String[] rule : DERIVATIONAL) {
      if (w.endsWith(rule[0]) && w.length() - rule[0].length() >= 3) {
        return w.substring(0, w.length() - rule[0].length()) + rule[1];
      }
    }
    return w;
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if (isVowel(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }
}
