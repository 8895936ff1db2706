package org.wiretrace.testkit;

import java.util.List;
import java.util.Objects;

/**
 * Ground truth for one generated pair: which article was made from which, how, and which facts
 * were changed on the way.
 *
 * @param source id of the base article
 * @param derived id of the article made from it
 * @param kind how it was made
 * @param reordered true when paragraphs were moved (syndicated copies only)
 * @param changes the injected fact changes, in derived-text order of injection
 */
public record ReuseLabel(String source, String derived, DerivedKind kind, boolean reordered,
    List<InjectedChange> changes) {

  /** Validates the fields and copies the list. */
  public ReuseLabel {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(derived, "derived");
    Objects.requireNonNull(kind, "kind");
    changes = List.copyOf(changes);
  }
}
