package org.wiretrace.cluster;

import java.util.Objects;
import org.wiretrace.model.ArticleId;

/**
 * A reuse link between two copies of one source, explained by that source: both reuse it more closely
 * than each other, so what they share comes through it. Kept in the story as {@code via}, not as a
 * relation of its own.
 *
 * @param first the copy with the smaller id
 * @param second the other copy
 * @param via the common source both reuse
 */
public record SiblingLink(ArticleId first, ArticleId second, ArticleId via) {

  /** Validates the fields. */
  public SiblingLink {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(via, "via");
  }
}
