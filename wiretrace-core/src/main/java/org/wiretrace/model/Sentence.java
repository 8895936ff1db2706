package org.wiretrace.model;

import java.util.Objects;

/**
 * One sentence of an article's cleaned body, located in the original text.
 *
 * @param index position among the article's sentences, from 0
 * @param paragraph index of the paragraph holding it, from 0
 * @param span offsets into {@link Article#text()}
 * @param text the span as read: the reading view of its characters, of the same length (line breaks
 *     inside the paragraph as spaces, TeX quotes folded; see {@code org.wiretrace.text.ReadingView})
 * @param heading true for a crosshead or subtitle line (short, no closing punctuation)
 */
public record Sentence(int index, int paragraph, Span span, String text, boolean heading) {

  /** Validates the fields. */
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (index < 0 || paragraph < 0) {
      throw new IllegalArgumentException(
          "sentence index " + index + " / paragraph " + paragraph + " must not be negative");
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "sentence text has " + text.length() + " characters but its span " + span + " covers "
              + span.length());
    }
  }
}
