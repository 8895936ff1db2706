package org.wiretrace.changes;

import java.text.Normalizer;
import java.util.Locale;

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
    w = w.replaceAll("(.)\\1+", "$1");
    w = w.replaceAll("(iy|yi|ii|ei)$", "y").replaceAll("([aeiou])h$", "$1");
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
    String w = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    w = w.replaceAll("['’]s$", "").replaceAll("^(al|el|ad|an|as|ash|at)-", "").replaceAll("-(based|backed|led|born|owned|run|made)$", "");
    return w.replaceAll("[^a-z]", "");
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
    return key.isEmpty() ? key : key.charAt(0) + key.substring(1).replaceAll("[aeiouy]", "");
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
