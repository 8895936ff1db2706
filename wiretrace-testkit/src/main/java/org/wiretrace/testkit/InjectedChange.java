package org.wiretrace.testkit;

import java.util.Objects;
import org.wiretrace.changes.ChangeKind;

/**
 * Ground truth for one fact the generator changed in a derived copy.
 *
 * <p>For {@link ChangeKind#QUOTE} the texts are the whole quotation (without quote marks); for the
 * other kinds they are the changed value, e.g. {@code 1,240} and {@code 2,480}, or {@code said} and
 * {@code admitted}.
 *
 * @param kind what kind of fact changed
 * @param sourceText the words in the source article
 * @param derivedText the words that replaced them in the derived article
 */
public record InjectedChange(ChangeKind kind, String sourceText, String derivedText) {

  /** Validates the fields. */
  public InjectedChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(derivedText, "derivedText");
    if (sourceText.equals(derivedText)) {
      throw new IllegalArgumentException(
          "injected " + kind + " change keeps the text '" + sourceText + "'; a change must differ");
    }
  }
}
