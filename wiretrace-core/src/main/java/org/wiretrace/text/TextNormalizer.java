package org.wiretrace.text;

import java.text.Normalizer;

/**
 * Normalises single words for matching: NFKC for non-ASCII input (so {@code ½} becomes {@code 1/2}
 * and full-width forms fold), the possessive {@code 's} dropped ({@code Xi's} → {@code xi}), case
 * fold with {@code Locale.ROOT},
 * then hyphens, apostrophes, dots and thousands separators removed ({@code re-elect} →
 * {@code reelect}, {@code U.S.} → {@code us}, {@code 350,000} → {@code 350000}). Idempotent and
 * thread-safe.
 */
public final class TextNormalizer {

  private static final String VULGAR_FRACTIONS = "¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞";

  private TextNormalizer() {}

  /**
   * Returns the normalised form of one word.
   *
   * @param word the word as written
   * @return the normalised word (possibly empty)
   */
  public static String normalizeWord(String word) {
    String w = ascii(word) ? word : Normalizer.normalize(splitFractions(word), Normalizer.Form.NFKC);
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
      w = w.substring(0, w.length() - 2);
    }
    StringBuilder out = new StringBuilder(w.length());
    boolean digits = hasDigit(w);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (keep(c, digits)) {
        // Character.toLowerCase is locale-independent, i.e. Locale.ROOT per character.
        out.append(Character.toLowerCase(fold(c)));
      }
    }
    return out.toString();
  }

  /** Puts a hyphen between a whole number and a vulgar fraction, so "4½" reads as "4-1/2". */
  private static String splitFractions(String word) {
    StringBuilder out = new StringBuilder(word.length() + 2);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (i > 0 && Character.isDigit(word.charAt(i - 1)) && VULGAR_FRACTIONS.indexOf(c) >= 0) {
        out.append('-');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean keep(char c, boolean digits) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    // In numbers "/" and "." carry value ("4-1/2", "4.5"); the hyphen joins whole and fraction.
    return digits && (c == '/' || c == '.' || c == '-' || c == '⁄');
  }

  private static char fold(char c) {
    return c == '⁄' ? '/' : c;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean ascii(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
