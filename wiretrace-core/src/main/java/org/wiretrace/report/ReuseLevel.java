package org.wiretrace.report;

/**
 * How heavily a derived article reuses its source, the four levels of the plagiarism literature
 * (Clough and Stevenson, "Developing a corpus of plagiarised short answers", LREC 45(1), 2011):
 * copied and pasted, lightly revised, heavily revised, not derived.
 *
 * <p>Reading of a {@link Relation}, on the derived side (the copy):
 * <ul>
 *   <li>{@link #NONE} when the kind is not reuse (SAME_STORY, UNRELATED);
 *   <li>{@link #COPY} when DUPLICATE, or when copied sentences make at least {@value #COPY_VERBATIM}
 *       of the reused ones ({@code copiedShare / derivedCoverage}): sentences made of the source's
 *       word sequences, verbatim or with words left out but none replaced (cut and paste with a
 *       light selection, as the corpus defines it);
 *   <li>{@link #LIGHT_EDIT} when verbatim and edited sentences together make at least
 *       {@value #LIGHT_WORDING} of the reused ones: the wording is kept, with words changed;
 *   <li>{@link #HEAVY_REWRITE} otherwise: the reuse is mostly paraphrase (PARAPHRASED, SPUN, or a
 *       SYNDICATED or PARTIAL copy whose passages were rewritten).
 * </ul>
 * The shares are of reused sentences, not of the whole article, so a short passage copied word for
 * word reads as COPY whatever else the derived article says; its {@code derivedCoverage} tells how
 * much of the article that is.
 */
public enum ReuseLevel {
  /** Copied and pasted: the reused sentences are mostly the source's word sequences. */
  COPY,
  /** Lightly revised: the reused sentences mostly keep the wording, with edits. */
  LIGHT_EDIT,
  /** Heavily revised: the reused sentences are mostly rewritten. */
  HEAVY_REWRITE,
  /** Not derived from the other article. */
  NONE;

  /** Least share of copied sentences among the reused ones for COPY. */
  static final double COPY_VERBATIM = 0.5;
  /** Least share of verbatim or edited sentences among the reused ones for LIGHT_EDIT. */
  static final double LIGHT_WORDING = 0.5;

  /**
   * Reads the level of a relation.
   *
   * @param r the relation
   * @return the level
   */
  public static ReuseLevel of(Relation r) {
    if (!r.kind().isReuse()) {
      return NONE;
    }
    if (r.kind() == RelationKind.DUPLICATE) {
      return COPY;
    }
    double reused = Math.max(r.derivedCoverage(), r.verbatimShare() + r.editedShare());
    if (reused <= 0) {
      return HEAVY_REWRITE;
    }
    if (Math.max(r.verbatimShare(), r.copiedShare()) >= COPY_VERBATIM * reused) {
      return COPY;
    }
    return r.verbatimShare() + r.editedShare() >= LIGHT_WORDING * reused ? LIGHT_EDIT : HEAVY_REWRITE;
  }
}
