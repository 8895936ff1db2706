package org.wiretrace.changes;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Span;

/**
 * One side of an aligned pair: a span (one or more sentences) of an article's original text, with
 * the article's publication time for resolving relative dates.
 *
 * @param articleText the whole original text of the article
 * @param span the passage inside it
 * @param published when the article was published, if known
 */
public record Passage(String articleText, Span span, @Nullable PublishedTime published) {

  /** Validates that the span lies inside the text. */
  public Passage {
    Objects.requireNonNull(articleText, "articleText");
    Objects.requireNonNull(span, "span");
    if (span.end() > articleText.length()) {
      throw new IllegalArgumentException(
          "passage span " + span + " runs past the article's " + articleText.length() + " characters");
    }
  }

  /**
   * Returns a passage that is a whole standalone sentence or text.
   *
   * @param text the text
   * @return the passage covering all of it
   */
  public static Passage of(String text) {
    return new Passage(text, new Span(0, text.length()), null);
  }

  /**
   * Returns the passage's characters.
   *
   * @return the text of the span
   */
  public String text() {
    return span.of(articleText);
  }
}
