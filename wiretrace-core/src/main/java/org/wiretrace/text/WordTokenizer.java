package org.wiretrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wiretrace.model.Span;

/**
 * Splits text into word and number {@link Token}s that keep offsets into the original text, and
 * marks which tokens lie inside quotation marks.
 *
 * <p>A token is a run of letters and digits, joined across an apostrophe or hyphen between two
 * letters or digits ({@code Xi's}, {@code re-elect}, {@code 4-1/2}), across {@code . , /} between
 * digits ({@code 4.5}, {@code 350,000}, {@code 1/2}), across the dots of an acronym ({@code U.S.})
 * and into a vulgar fraction after a digit ({@code 4½}). Quotes are tracked with {@code “ ” " « »}
 * and with {@code ‘ ’ '} when they are not apostrophes inside a word. Small number words
 * ({@code two} … {@code twelve}) normalise to digits so "two bombers" meets "2 bombers". Call it
 * on a whole paragraph so that quotes spanning sentences are seen. {@link ReadingView#FILLER}s
 * inside a word (a line-break hyphen the reading view joined) are skipped. Thread-safe.
 */
public final class WordTokenizer {

  private static final String FRACTIONS = "¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞";
  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
      Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
      Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
      Map.entry("eleven", "11"), Map.entry("twelve", "12"));

  /**
   * Returns the tokens of a text.
   *
   * @param text the text (a paragraph or sentence of an article)
   * @param offset offset of {@code text} inside the article's original text
   * @return the tokens in order
   */
  public List<Token> tokenize(String text, int offset) {
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
    QuoteState quotes = new QuoteState();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int end = tokenEnd(text, i);
        tokens.add(token(text, i, end, offset, quotes.inside()));
        i = end;
      } else {
        quotes.see(text, i);
        i++;
      }
    }
    return tokens;
  }

  private static Token token(String text, int start, int end, int offset, boolean quoted) {
    String raw = text.substring(start, end);
    String norm = TextNormalizer.normalizeWord(raw);
    boolean number = hasDigit(raw) || NUMBER_WORDS.containsKey(norm);
    norm = NUMBER_WORDS.getOrDefault(norm, norm);
    String stem = number ? norm : Stemmer.stem(norm);
    return new Token(new Span(offset + start, offset + end), norm, stem, number,
        Character.isUpperCase(raw.charAt(0)), Stopwords.contains(norm), quoted);
  }

  /** Scans to the end of a token; a tight character loop, kept in one method for speed. */
  private static int tokenEnd(String text, int start) {
    int n = text.length();
    int i = start + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if (FRACTIONS.indexOf(c) >= 0 && Character.isDigit(text.charAt(i - 1))) {
        i++;
      } else {
        int step = joinLength(text, c, i);
        if (step == 0) {
          break;
        }
        i += step;
      }
    }
    return i;
  }

  /**
   * How many characters a joining mark at {@code i} carries the token over (0 when it ends it); a
   * run of {@link ReadingView#FILLER}s after it (a joined line break) is carried over too.
   */
  private static int joinLength(String text, char c, int i) {
    int after = i + 1;
    while (after < text.length() && text.charAt(after) == ReadingView.FILLER) {
      after++;
    }
    if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))) {
      return 0;
    }
    return joins(text, c, i, text.charAt(after)) ? after - i : 0;
  }

  private static boolean joins(String text, char c, int i, char after) {
    char before = text.charAt(i - 1);
    return switch (c) {
      case '\'', '’', '-', '‐', '‑', ReadingView.FILLER -> Character.isLetterOrDigit(before);
      case '.' -> Character.isDigit(before) && Character.isDigit(after) || acronymDot(text, i);
      case ',', '/', '⁄' -> Character.isDigit(before) && Character.isDigit(after);
      default -> false;
    };
  }

  /** "U.S." and "a.m.": single letters separated by dots. */
  private static boolean acronymDot(String text, int i) {
    boolean singleBefore = i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2))
        || text.charAt(i - 2) == '.';
    boolean singleAfter = i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2));
    return Character.isLetter(text.charAt(i - 1)) && singleBefore && singleAfter;
  }

  private static boolean hasDigit(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (Character.isDigit(raw.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Tracks double and single quotation marks while scanning. */
  private static final class QuoteState {
    private boolean inDouble;
    private boolean inSingle;

    boolean inside() {
      return inDouble || inSingle;
    }

    void see(String text, int i) {
      char c = text.charAt(i);
      switch (c) {
        case '“', '«', '„' -> inDouble = true;
        case '”', '»' -> inDouble = false;
        case '"' -> inDouble = !inDouble;
        case '‘' -> inSingle = true;
        case '’', '\'' -> inSingle = inSingle ? false : opensSingle(text, i);
        default -> { }
      }
    }

    private static boolean opensSingle(String text, int i) {
      boolean afterSpace = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      return afterSpace && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
  }
}
