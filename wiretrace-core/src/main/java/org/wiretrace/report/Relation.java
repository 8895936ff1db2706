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
 * @param editedShare share of the derived's body sentences in counted EDITED pairs (wording kept
 *     with edits); with {@code verbatimShare} and {@code derivedCoverage} it tells a cut-and-paste
 *     from a light edit from a heavy rewrite ({@link #level()})
 * @param reusedPassages aligned passage pairs the reuse rests on (counted pairs)
 * @param reusedWords content words shared by those passages: how much text the link rests on
 * @param copiedShare share of the derived's body sentences in counted pairs whose derived passage is
 *     made of the source passage's word sequences (cut and pasted: words may be left out, none
 *     replaced); VERBATIM pairs included
 */
public record Relation(
    RelationKind kind, Direction direction, double confidence, double sourceCoverage,
    double derivedCoverage, double sourceCharCoverage, double derivedCharCoverage,
    double verbatimShare, List<AlignedPair> alignments, List<Change> changes, double editedShare,
    int reusedPassages, int reusedWords, double copiedShare) {

  /** Copies the lists. */
  public Relation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(direction, "direction");
    alignments = List.copyOf(alignments);
    changes = List.copyOf(changes);
  }

  /**
   * Creates a relation without the evidence counts (edited share, reused passages and words, copied
   * share all 0),
   * e.g. when reading results stored before they existed.
   *
   * @param kind the relation kind
   * @param direction source, derived, how it was decided and why
   * @param confidence confidence in the kind
   * @param sourceCoverage share of the source's body sentences aligned
   * @param derivedCoverage share of the derived's body sentences aligned
   * @param sourceCharCoverage share of the source's body characters aligned
   * @param derivedCharCoverage share of the derived's body characters aligned
   * @param verbatimShare share of the derived's body sentences in VERBATIM pairs
   * @param alignments aligned passages
   * @param changes meaning changes
   */
  public Relation(
      RelationKind kind, Direction direction, double confidence, double sourceCoverage,
      double derivedCoverage, double sourceCharCoverage, double derivedCharCoverage,
      double verbatimShare, List<AlignedPair> alignments, List<Change> changes) {
    this(kind, direction, confidence, sourceCoverage, derivedCoverage, sourceCharCoverage,
        derivedCharCoverage, verbatimShare, alignments, changes, 0, 0, 0, 0);
  }

  /**
   * Returns how heavily the derived reuses the source: a reading of kind, coverage and wording
   * shares ({@link ReuseLevel#of}).
   *
   * @return the level, {@link ReuseLevel#NONE} when the kind is not reuse
   */
  public ReuseLevel level() {
    return ReuseLevel.of(this);
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
