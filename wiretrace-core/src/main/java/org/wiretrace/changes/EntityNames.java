package org.wiretrace.changes;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spelling-tolerant keys for names, so that spelling variants and transliterations of one name
 * compare equal: Zelenskiy, Zelensky and Zelenskyy all key to {@code zelensky}; Müller and Muller
 * to {@code muler}.
 *
 * <p>Method: fold diacritics (NFD, drop combining marks), keep letters only, fold the common
 * romanisation alternatives of Slavic and Arabic names (kh/h, ph/f, ck/k, w/v, j/y, "iy"/"yy"/"ij"
 * endings), and collapse doubled letters. Longer names that still differ are compared with a
 * normalised edit distance (see {@link #similar}).
 */
final class EntityNames {

  // Compiled once: key() and plain() run for every name word of every aligned reuse passage.
  private static final Pattern MARK = Pattern.compile("\\p{M}");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(al|el|ad|an|as|ash|at)-");
  private static final Pattern COMPOUND_SUFFIX = Pattern.compile("-(based|backed|led|born|owned|run|made)$");
  private static final Pattern NON_LETTER = Pattern.compile("[^a-z]");
  private static final Pattern REPEATED_LETTER = Pattern.compile("(.)\\1+");
  private static final Pattern Y_ENDING = Pattern.compile("(iy|yi|ii|ei)$");
  private static final Pattern VOWEL_H_ENDING = Pattern.compile("([aeiou])h$");
  private static final Pattern VOWEL = Pattern.compile("[aeiouy]");

  private EntityNames() {}

  /**
   * Returns the spelling-tolerant key of one name word.
   *
   * @param word the word as written
   * @return the key, possibly empty
   */
  static String key(String word) {
    String w = plain(word);
    w = w.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace('w', 'v').replace('j', 'y');
    w = REPEATED_LETTER.matcher(w).replaceAll("$1");
    w = Y_ENDING.matcher(w).replaceAll("y");
    w = VOWEL_H_ENDING.matcher(w).replaceAll("$1");
    return w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * Returns the word folded to plain lower-case letters: no diacritics, possessive or punctuation
   * ("Russia’s" gives "russia", "U.S." gives "us").
   *
   * @param word the word as written
   * @return the plain form
   */
  static String plain(String word) {
    String w = MARK.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    w = POSSESSIVE.matcher(w).replaceAll("");
    w = ARTICLE_PREFIX.matcher(w).replaceAll("");
    w = COMPOUND_SUFFIX.matcher(w).replaceAll("");
    return NON_LETTER.matcher(w).replaceAll("");
  }

  /**
   * Returns whether two name keys are the same name up to a small spelling difference.
   *
   * @param a a key
   * @param b another key
   * @return true when equal, or both longer than 5 letters and at most 1 edit (2 when over 8) apart
   */
  static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter >= 5 && skeleton(a).length() >= 3 && skeleton(a).equals(skeleton(b))) {
      return true;
    }
    if (shorter < 6 || Math.abs(a.length() - b.length()) > 2) {
      return false;
    }
    return editDistance(a, b) <= (shorter > 8 ? 2 : 1);
  }

  /** The consonant skeleton: the first letter, then the consonants (transliterations vary the vowels). */
  static String skeleton(String key) {
    return key.isEmpty() ? key : key.charAt(0) + VOWEL.matcher(key.substring(1)).replaceAll("");
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
