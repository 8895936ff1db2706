package org.wiretrace.cluster;

import java.util.Objects;
import org.wiretrace.model.ArticleId;

/**
 * One edge of a story's reuse graph.
 *
 * @param source the source article (first in id order when not directed)
 * @param derived the derived article (second in id order when not directed)
 * @param kind the relation kind name, e.g. {@code SYNDICATED} or {@code SAME_STORY}
 * @param directed true when the direction is known or inferred
 */
public record ReuseLink(ArticleId source, ArticleId derived, String kind, boolean directed) {

  /** Validates the fields. */
  public ReuseLink {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(derived, "derived");
    Objects.requireNonNull(kind, "kind");
  }
}
