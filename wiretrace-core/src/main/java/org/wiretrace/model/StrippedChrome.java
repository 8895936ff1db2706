package org.wiretrace.model;

import java.util.Objects;

/**
 * A piece of site chrome removed from the cleaned text, kept so that nothing is silently lost.
 *
 * @param kind what the chrome is
 * @param span where it was in the original text
 * @param text the removed characters
 * @param reason the rule or evidence that removed it, in plain words
 */
public record StrippedChrome(ChromeKind kind, Span span, String text, String reason) {

  /** Validates the fields. */
  public StrippedChrome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
