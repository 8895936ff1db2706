package org.wiretrace.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.wiretrace.model.Span;

/*
 * Paragraph reconstruction of hard-wrapped text: the inverse of greedy first-fit line breaking (the
 * "first fit" breaker of Knuth and Plass, "Breaking Paragraphs into Lines", Software: Practice and
 * Experience 11, 1981), which is how typewriters, wire terminals and fmt-style tools wrap copy.
 *
 * Detection, per article. A line "continues" when the next line follows it with no blank line, no
 * end-of-paragraph mark and no deeper indentation. The wrap width W is the 80th percentile of the
 * end columns of continuing lines. The article is hard-wrapped when it has at least two continuing
 * line, W <= 160 columns, and either at least 60% of two or more continuing lines reach 0.7 W
 * (lines of similar length) and at least 30% end without sentence punctuation (they stop
 * mid-sentence), or at least 20% of them stop mid-sentence and the next line carries the sentence
 * on in lower case (short stories whose first line was shortened by a dateline).
 * Paragraphs that are one line each (web pages, JSON Lines records) have continuing lines of very
 * different lengths that end in punctuation, so they are left as they are.
 *
 * Grouping, when wrapped. A line opens a new paragraph after a blank line or stripped chrome, after
 * an end-of-paragraph mark ("<", "¶"), when it is indented deeper than the article's shallowest
 * line (paragraphs opened by an indented line), or when the previous line was ended on purpose: a
 * greedy wrapper fills each line, so a line that ends a sentence although the next line's first
 * word would have fitted within W ends its paragraph, and so does a line shorter than W / 2 (a
 * crosshead). Indentation and purposeful ends give way when the line stops mid-sentence and the
 * next carries on in lower case. These rules err towards joining two paragraphs rather than
 * cutting a sentence.
 */

/**
 * Groups the lines of an article into paragraphs: one line per paragraph for ordinary text, wrapped
 * lines joined for hard-wrapped copy (see the comment above the class for the method). Spans keep
 * pointing into the original text. Thread-safe (stateless).
 */
final class ParagraphReconstructor {

  private static final int MAX_WRAP_COLUMNS = 160;
  private static final double LONG_LINE = 0.7;
  private static final double MIN_LONG_SHARE = 0.6;
  private static final double MIN_OPEN_SHARE = 0.3;
  private static final double WIDTH_PERCENTILE = 0.8;
  private static final double MIN_CARRIED_SHARE = 0.2;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…][\"'”’)\\]]*$");

  private ParagraphReconstructor() {}

  /**
   * Returns the paragraphs of an article's content lines.
   *
   * @param text the original text
   * @param lines the content lines in order; {@code blankBefore} also marks stripped chrome before
   * @return paragraph spans into {@code text}, in order
   */
  static List<Span> paragraphs(String text, List<Line> lines) {
    int base = lines.stream().mapToInt(Line::indent).min().orElse(0);
    int width = wrapWidth(text, lines, base);
    List<Span> paragraphs = new ArrayList<>();
    int first = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i == lines.size() || width == 0 || opensParagraph(text, lines, i, base, width)) {
        paragraphs.add(new Span(lines.get(first).span().start(), lines.get(i - 1).span().end()));
        first = i;
      }
    }
    return paragraphs;
  }

  /**
   * Returns the wrap width of a hard-wrapped article, or 0 when it is not hard-wrapped.
   *
   * @param text the original text
   * @param lines the content lines
   * @param base the shallowest indentation
   * @return the width in columns, or 0
   */
  static int wrapWidth(String text, List<Line> lines, int base) {
    List<Line> continuing = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!marksStart(lines, i + 1, base)) {
        continuing.add(lines.get(i));
      }
    }
    if (continuing.isEmpty()) {
      return 0;
    }
    int width = percentile(continuing.stream().mapToInt(Line::endColumn).toArray());
    long full = continuing.stream().filter(l -> l.endColumn() >= LONG_LINE * width).count();
    long open = continuing.stream().filter(l -> !endsSentence(text, l)).count();
    long carried = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      carried += !marksStart(lines, i + 1, base) && carriesOn(text, lines.get(i), lines.get(i + 1)) ? 1 : 0;
    }
    boolean similar = continuing.size() >= 2 && full >= MIN_LONG_SHARE * continuing.size()
        && open >= MIN_OPEN_SHARE * continuing.size();
    boolean wrapped = width <= MAX_WRAP_COLUMNS && (similar || carried >= MIN_CARRIED_SHARE * continuing.size());
    return wrapped ? width : 0;
  }

  /** The line stops mid-sentence and the next one carries the sentence on in lower case. */
  static boolean carriesOn(String text, Line line, Line next) {
    return !endsSentence(text, line) && Character.isLowerCase(text.charAt(next.span().start()));
  }

  /** Layout marks of a paragraph start: a blank line, the previous line's end mark, deeper indentation. */
  private static boolean marksStart(List<Line> lines, int i, int base) {
    Line line = lines.get(i);
    return line.blankBefore() || lines.get(i - 1).endMark() || line.indent() > base;
  }

  /**
   * Blank lines, chrome and end marks always open a paragraph; deeper indentation and a purposeful
   * end do unless the previous line carries its sentence on into this one (a stray space before
   * "price." is not a paragraph).
   */
  private static boolean opensParagraph(String text, List<Line> lines, int i, int base, int width) {
    Line previous = lines.get(i - 1);
    Line line = lines.get(i);
    if (line.blankBefore() || previous.endMark()) {
      return true;
    }
    return !carriesOn(text, previous, line) && (line.indent() > base || endedOnPurpose(text, previous, line, width));
  }

  /**
   * A greedy wrapper would have put the next word on this line, so the break was the writer's: a
   * sentence ends and the next word would have fitted, or the line is short and the next one does
   * not carry on its sentence in lower case (a first line shortened by a dateline carries on). A
   * line ending in an abbreviation or initial that the sentence splitter would read on into the next
   * line ("in U.K." / "Reserves in May") has not ended its sentence.
   */
  private static boolean endedOnPurpose(String text, Line line, Line next, int width) {
    if (endsSentence(text, line)) {
      return line.endColumn() + 1 + firstWordLength(text, next) <= width
          && (line.endMark() || !SentenceSplitter.continuesAcross(line.span().of(text), next.span().of(text)));
    }
    return line.endColumn() * 2 <= width;
  }

  private static boolean endsSentence(String text, Line line) {
    return line.endMark() || SENTENCE_END.matcher(line.span().of(text)).find();
  }

  private static int firstWordLength(String text, Line line) {
    int i = line.span().start();
    while (i < line.span().end() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i - line.span().start();
  }

  private static int percentile(int[] values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(WIDTH_PERCENTILE * sorted.length))];
  }
}
