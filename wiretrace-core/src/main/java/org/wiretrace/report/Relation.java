package org.wiretrace.report;

import java.util.List;
import java.util.Objects;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.changes.Change;
import org.wiretrace.model.ArticleId;
import org.wiretrace.provenance.Direction;
import org.wiretrace.provenance.DirectionStatus;

/**
 * The relation between two articles: what kind, which way, how much is reused and what changed.
 *
 * @param kind the relation kind
 * @param direction source, derived, how it was decided and why
 * @param confidence confidence in the kind, in [0, 1]
 * @param sourceCoverage share of the source's body sentences aligned (quote-only pairs discounted)
 * @param derivedCoverage share of the derived's body sentences aligned (quote-only pairs discounted)
 * @param sourceCharCoverage share of the source's body characters aligned
 * @param derivedCharCoverage share of the derived's body characters aligned
 * @param verbatimShare share of the derived's body sentences in VERBATIM pairs
 * @param alignments aligned passages, in derived order
 * @param changes meaning changes flagged on the aligned passages, in derived order
 */
public record Relation(
    RelationKind kind, Direction direction, double confidence, double sourceCoverage,
    double derivedCoverage, double sourceCharCoverage, double derivedCharCoverage,
    double verbatimShare, List<AlignedPair> alignments, List<Change> changes) {

  /** Copies the lists. */
  public Relation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(direction, "direction");
    alignments = List.copyOf(alignments);
    changes = List.copyOf(changes);
  }

  /**
   * Returns the source article (the first in id order when the direction is undetermined).
   *
   * @return the source id
   */
  public ArticleId source() {
    return direction.source();
  }

  /**
   * Returns the derived article (the second in id order when the direction is undetermined).
   *
   * @return the derived id
   */
  public ArticleId derived() {
    return direction.derived();
  }

  /**
   * Returns how the direction was established.
   *
   * @return KNOWN, INFERRED or UNDETERMINED
   */
  public DirectionStatus directionStatus() {
    return direction.status();
  }
}
