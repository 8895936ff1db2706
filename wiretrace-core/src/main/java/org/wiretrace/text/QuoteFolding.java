package org.wiretrace.text;

import java.util.Locale;
import java.util.Set;

/**
 * Folds typewriter quote conventions to real quotation marks without moving any character, so a
 * folded text indexes exactly like the original.
 *
 * <p>TeX and typewriter copy write quotations as {@code ``like this''} and {@code `like this'}. Two
 * backticks become {@code “} and two apostrophes {@code ”} (or {@code ’} between two letters, where they
 * are a doubled apostrophe: {@code company''s}), the second character of each pair
 * becoming {@link ReadingView#FILLER}; a single backtick becomes {@code ‘} and the next apostrophe
 * that closes it (one not between two letters, so not the apostrophe of "don't") becomes {@code ’}.
 * A double quote mark typed for an apostrophe ({@code don"t}, {@code bank"s}) becomes {@code ’}.
 * This is the one implementation of that folding: the article pipeline and the change flagger both
 * call it. Idempotent and thread-safe.
 */
public final class QuoteFolding {

  private QuoteFolding() {}

  /**
   * Returns the text with TeX and typewriter quote pairs folded, of the same length.
   *
   * @param text any text
   * @return the folded text; the same instance when there is nothing to fold
   */
  public static String fold(String text) {
    if (text.indexOf('`') < 0 && !text.contains("''") && text.indexOf('"') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    int openSingle = -1;
    for (int i = 0; i < chars.length; i++) {
      if (pairAt(chars, i, '`')) {
        replacePair(chars, i, '“');
        i++;
      } else if (pairAt(chars, i, '\'')) {
        replacePair(chars, i, betweenLetters(chars, i, i + 1) ? '’' : '”');
        i++;
      } else if (chars[i] == '"' && contraction(chars, i)) {
        chars[i] = '’';
      } else if (chars[i] == '`') {
        openSingle = i;
      } else if (openSingle >= 0 && closesSingle(chars, i)) {
        chars[openSingle] = '‘';
        chars[i] = '’';
        openSingle = -1;
      }
    }
    return new String(chars);
  }

  private static boolean pairAt(char[] chars, int i, char mark) {
    return chars[i] == mark && i + 1 < chars.length && chars[i + 1] == mark;
  }

  private static void replacePair(char[] chars, int i, char quote) {
    chars[i] = quote;
    chars[i + 1] = ReadingView.FILLER;
  }

  /** Endings of English contractions and the possessive, as written after an apostrophe. */
  private static final Set<String> CONTRACTED = Set.of("t", "s", "ll", "re", "ve", "d", "m");

  /**
   * Whether a double quote mark stands for an apostrophe, as mistyped wire copy has it ("don"t",
   * "the bank"s"): a letter before it and a contraction ending after it, closed by a non-letter.
   */
  private static boolean contraction(char[] chars, int i) {
    if (i == 0 || !Character.isLetter(chars[i - 1])) {
      return false;
    }
    int end = i + 1;
    while (end < chars.length && Character.isLetter(chars[end])) {
      end++;
    }
    return CONTRACTED.contains(new String(chars, i + 1, end - i - 1).toLowerCase(Locale.ROOT));
  }

  /** An apostrophe not inside a word ("don't") closes an open backtick quotation. */
  private static boolean closesSingle(char[] chars, int i) {
    if (chars[i] != '\'') {
      return false;
    }
    return !betweenLetters(chars, i, i);
  }

  /** Whether a letter or digit stands right before {@code first} and right after {@code last}. */
  private static boolean betweenLetters(char[] chars, int first, int last) {
    return first > 0 && Character.isLetterOrDigit(chars[first - 1])
        && last + 1 < chars.length && Character.isLetterOrDigit(chars[last + 1]);
  }
}
