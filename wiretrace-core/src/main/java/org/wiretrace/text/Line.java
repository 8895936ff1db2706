package org.wiretrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Span;

/**
 * One non-empty line of an article's original text, with what paragraph reconstruction needs to
 * know about its layout.
 *
 * @param span the line's characters, trimmed, without an end-of-paragraph mark
 * @param indent how many whitespace characters open the line (a tab counts as one)
 * @param blankBefore true when an empty line (or the start of the text) comes before it
 * @param endMark true when the line ended in an explicit end-of-paragraph mark, now left out of
 *     {@code span}
 */
record Line(Span span, int indent, boolean blankBefore, boolean endMark) {

  /** Marks that close a paragraph in wire copy: PA's {@code <} and the pilcrow. */
  private static final String END_MARKS = "<¶";

  /** At least this many lines must end in the same mark before it reads as a paragraph mark. */
  private static final int MIN_MARKED_LINES = 2;

  /**
   * Returns the non-empty lines of a text. A trailing {@code <} or {@code ¶} is an end-of-paragraph
   * mark only when at least two lines end in it, so a single line ending in {@code <} keeps it.
   *
   * @param text the article's original text
   * @return the lines in order
   */
  static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    boolean blank = true;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int s = skipSpace(text, start, end);
      int e = trimEnd(text, s, end);
      if (e > s) {
        lines.add(new Line(new Span(s, e), s - start, blank, false));
      }
      blank = e <= s;
      start = end + 1;
    }
    return withEndMarks(text, lines);
  }

  /**
   * Returns the line's end column: its indentation plus its length.
   *
   * @return the column after its last character
   */
  int endColumn() {
    return indent + span.length() + (endMark ? 1 : 0);
  }

  /**
   * Returns this line as one that follows a paragraph break (stripped chrome stood before it).
   *
   * @return the line with {@code blankBefore} set
   */
  Line afterBreak() {
    return new Line(span, indent, true, endMark);
  }

  private static List<Line> withEndMarks(String text, List<Line> lines) {
    for (char mark : END_MARKS.toCharArray()) {
      long marked = lines.stream().filter(l -> text.charAt(l.span().end() - 1) == mark).count();
      if (marked >= MIN_MARKED_LINES) {
        return lines.stream().map(l -> l.withoutMark(text, mark)).filter(Objects::nonNull).toList();
      }
    }
    return lines;
  }

  private @Nullable Line withoutMark(String text, char mark) {
    if (text.charAt(span.end() - 1) != mark) {
      return this;
    }
    int e = trimEnd(text, span.start(), span.end() - 1);
    return e > span.start() ? new Line(new Span(span.start(), e), indent, blankBefore, true) : null;
  }

  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
