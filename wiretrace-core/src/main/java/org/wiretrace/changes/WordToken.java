package org.wiretrace.changes;

import java.util.Locale;

/**
 * One token of a passage with absolute offsets into the article's original text.
 *
 * @param text the original characters
 * @param norm lower-cased ({@link Locale#ROOT}) form with typographic apostrophes folded to {@code '}
 * @param start first character, absolute
 * @param end last character, exclusive, absolute
 * @param kind what the token is
 */
record WordToken(String text, String norm, int start, int end, Kind kind) {

  /** What a token is. */
  enum Kind {
    WORD,
    NUMBER,
    QUOTE_OPEN,
    QUOTE_CLOSE,
    QUOTE_EITHER,
    PUNCT
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean isQuoteMark() {
    return kind == Kind.QUOTE_OPEN || kind == Kind.QUOTE_CLOSE || kind == Kind.QUOTE_EITHER;
  }

  /** Words and numbers: the tokens that carry meaning and take part in the word diff. */
  boolean isLexical() {
    return kind == Kind.WORD || kind == Kind.NUMBER;
  }

  boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** Returns whether the other token starts right where this one ends (no space between). */
  boolean touches(WordToken next) {
    return end == next.start;
  }
}
