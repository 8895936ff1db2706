package org.wiretrace.changes;

import org.wiretrace.model.Span;

/**
 * Keeps a flag's spans readable where a word diff or a name reader cut through brackets: a span that
 * opens a bracket it does not close (a ticker, "Reuters Inc <REUT") is widened to the closing mark
 * when that follows within the same word ("Reuters Inc <REUT>"), and one that closes a bracket it
 * does not open is widened back to its opening mark. Spans are otherwise left as found.
 */
final class BracketBalance {

  /** Opening marks and the closing mark of each, at the same index. */
  private static final String OPENING = "<([{";

  private static final String CLOSING = ">)]}";

  /** Farthest a missing mark is looked for, in characters, without crossing a space. */
  private static final int REACH = 24;

  private BracketBalance() {}

  /**
   * Returns the change with both spans balanced, or the same change when they already are.
   *
   * @param c the change
   * @param source the source passage (its article text is read)
   * @param derived the derived passage
   * @return the change, its spans and texts widened where a bracket was cut
   */
  static Change balance(Change c, Passage source, Passage derived) {
    Span s = balanced(c.sourceSpan(), source.articleText());
    Span d = balanced(c.derivedSpan(), derived.articleText());
    if (s.equals(c.sourceSpan()) && d.equals(c.derivedSpan())) {
      return c;
    }
    return new Change(c.kind(), c.severity(), s, d, s.of(source.articleText()), d.of(derived.articleText()),
        c.sourceValue(), c.derivedValue(), c.explanation());
  }

  static Span balanced(Span span, String text) {
    if (span.length() == 0) {
      return span;
    }
    int start = span.start();
    int end = span.end();
    for (int k = 0; k < OPENING.length(); k++) {
      char open = OPENING.charAt(k);
      char close = CLOSING.charAt(k);
      int depth = depth(text, start, end, open, close);
      if (depth > 0) {
        end = closeAfter(text, end, close, end);
      } else if (depth < 0) {
        start = openBefore(text, start, open, start);
      }
    }
    return new Span(start, end);
  }

  /** Opened minus closed marks of one kind inside the span. */
  private static int depth(String text, int start, int end, char open, char close) {
    int depth = 0;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      depth += ch == open ? 1 : ch == close ? -1 : 0;
    }
    return depth;
  }

  private static int closeAfter(String text, int from, char close, int fallback) {
    for (int i = from; i < text.length() && i < from + REACH && !Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == close) {
        return i + 1;
      }
    }
    return fallback;
  }

  private static int openBefore(String text, int from, char open, int fallback) {
    for (int i = from - 1; i >= 0 && i >= from - REACH && !Character.isWhitespace(text.charAt(i)); i--) {
      if (text.charAt(i) == open) {
        return i;
      }
    }
    return fallback;
  }
}
