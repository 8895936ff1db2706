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
 * @param weight evidence that both articles report the same event, in [0, 1]: 0 for a relation
 *     that is no such evidence (listed in its story's graph when both ends are members, never joining
 *     them), up to 1 for a confident copy
 */
public record ReuseLink(ArticleId source, ArticleId derived, String kind, boolean directed, double weight) {

  /** Validates the fields. */
  public ReuseLink {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(derived, "derived");
    Objects.requireNonNull(kind, "kind");
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("link weight " + weight + " must be in [0, 1]; pass the judgement's "
          + "confidence, or 1 for a reuse relation");
    }
  }

  /**
   * Creates a link of full weight (a reuse relation).
   *
   * @param source the source article
   * @param derived the derived article
   * @param kind the relation kind name
   * @param directed true when the direction is known or inferred
   */
  public ReuseLink(ArticleId source, ArticleId derived, String kind, boolean directed) {
    this(source, derived, kind, directed, 1.0);
  }
}
