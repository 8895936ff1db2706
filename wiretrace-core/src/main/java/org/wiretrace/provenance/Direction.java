package org.wiretrace.provenance;

import java.util.List;
import java.util.Objects;
import org.wiretrace.model.ArticleId;

/**
 * Which of two articles is the source, how that was decided and why.
 *
 * @param source the source article (or the first in id order when undetermined)
 * @param derived the derived article (or the second in id order when undetermined)
 * @param status how the direction was established
 * @param reasons the evidence in plain words, strongest first
 * @param commonSource true when the two likely copy an unseen common source rather than each other
 */
public record Direction(
    ArticleId source, ArticleId derived, DirectionStatus status, List<String> reasons,
    boolean commonSource) {

  /** Copies the reasons. */
  public Direction {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(derived, "derived");
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
  }

  /**
   * Returns whether {@code id} is the source side.
   *
   * @param id an article id
   * @return true when it is the source
   */
  public boolean isSource(ArticleId id) {
    return source.equals(id);
  }

  /**
   * Returns a copy with one more reason, last.
   *
   * @param reason the reason to append
   * @return the updated direction
   */
  public Direction withReason(String reason) {
    List<String> more = new java.util.ArrayList<>(reasons);
    more.add(reason);
    return new Direction(source, derived, status, more, commonSource);
  }

  /**
   * Returns a copy with one more reason and the common-source flag set.
   *
   * @param reason the reason to append
   * @return the updated direction
   */
  public Direction withCommonSource(String reason) {
    Direction more = withReason(reason);
    return new Direction(source, derived, status, more.reasons(), true);
  }
}
