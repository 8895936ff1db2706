package org.wiretrace.changes;

import java.util.Objects;
import org.wiretrace.model.Span;

/**
 * One meaning change between an aligned source passage and its derived passage.
 *
 * @param kind what changed
 * @param severity how much it matters
 * @param sourceSpan the changed words in the source article's original text (empty span when added)
 * @param derivedSpan the changed words in the derived article's original text (empty span when dropped)
 * @param sourceText the source words
 * @param derivedText the derived words
 * @param sourceValue the normalised source value (e.g. {@code 4.5 h}, {@code 2024}), or the text
 * @param derivedValue the normalised derived value
 * @param explanation one line in plain words, e.g. "duration changed from 4.5 hours to 4 hours"
 */
public record Change(
    ChangeKind kind,
    Severity severity,
    Span sourceSpan,
    Span derivedSpan,
    String sourceText,
    String derivedText,
    String sourceValue,
    String derivedValue,
    String explanation) {

  /** Validates the fields. */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(sourceSpan, "sourceSpan");
    Objects.requireNonNull(derivedSpan, "derivedSpan");
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(derivedText, "derivedText");
    Objects.requireNonNull(sourceValue, "sourceValue");
    Objects.requireNonNull(derivedValue, "derivedValue");
    Objects.requireNonNull(explanation, "explanation");
  }
}
