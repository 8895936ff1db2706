package org.wiretrace.report;

/** How two articles are related, from closest copy to no relation. */
public enum RelationKind {
  /** The same text, up to formatting and a few words. */
  DUPLICATE,
  /** Mostly verbatim reuse, with edits, cuts or additions (wire syndication). */
  SYNDICATED,
  /** Rewritten sentence by sentence in other words. */
  PARAPHRASED,
  /** Rewritten with spinner artefacts: synonym swaps inside otherwise parallel sentences. */
  SPUN,
  /** Some passages reused, the rest independent. */
  PARTIAL,
  /** The same event reported independently: no meaningful sentence reuse. */
  SAME_STORY,
  /** Nothing in common worth reporting. */
  UNRELATED;

  /**
   * Returns whether this kind means text was reused (anything above SAME_STORY).
   *
   * @return true for DUPLICATE, SYNDICATED, PARAPHRASED, SPUN and PARTIAL
   */
  public boolean isReuse() {
    return ordinal() < SAME_STORY.ordinal();
  }
}
