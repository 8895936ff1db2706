package org.wiretrace.cli;

import java.util.ArrayList;
import java.util.List;
import org.wiretrace.changes.Change;
import org.wiretrace.model.Span;

/**
 * Lays out a passage of an article for the terminal: wraps it to a column width and marks the words
 * a change touched, so colour codes never break the column layout.
 */
final class PassageView {

  /** One word of a passage and whether a change touched it. */
  private record Word(String text, boolean changed) {}

  private PassageView() {}

  /**
   * Wraps a passage into lines of at most {@code width} visible characters.
   *
   * @param articleText the article's original text
   * @param passage the passage in it
   * @param changed spans (in the same text) whose words are highlighted
   * @param width column width
   * @param ansi styling; highlighted words are red when enabled, else marked with brackets
   * @return the lines, each padded to the width
   */
  static List<String> wrap(String articleText, Span passage, List<Span> changed, int width, Ansi ansi) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int visible = 0;
    for (Word word : words(articleText, passage, changed)) {
      String shown = word.changed() ? ansi.mark(word.text()) : word.text();
      int length = word.changed() ? ansi.markedLength(word.text()) : word.text().length();
      if (visible > 0 && visible + 1 + length > width) {
        lines.add(line + " ".repeat(Math.max(0, width - visible)));
        line.setLength(0);
        visible = 0;
      }
      line.append(visible > 0 ? " " : "").append(shown);
      visible += (visible > 0 ? 1 : 0) + length;
    }
    lines.add(line + " ".repeat(Math.max(0, width - visible)));
    return lines;
  }

  /**
   * Returns the spans a list of changes marks on one side.
   *
   * @param changes the changes
   * @param sourceSide true for the source side's spans, false for the derived side's
   * @return the non-empty spans
   */
  static List<Span> spans(List<Change> changes, boolean sourceSide) {
    List<Span> spans = new ArrayList<>();
    for (Change c : changes) {
      Span span = sourceSide ? c.sourceSpan() : c.derivedSpan();
      if (span.length() > 0) {
        spans.add(span);
      }
    }
    return spans;
  }

  private static List<Word> words(String text, Span passage, List<Span> changed) {
    List<Word> words = new ArrayList<>();
    int i = passage.start();
    while (i < passage.end()) {
      while (i < passage.end() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < passage.end() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        Span word = new Span(start, i);
        words.add(new Word(text.substring(start, i), changed.stream().anyMatch(word::overlaps)));
      }
    }
    return words;
  }
}
