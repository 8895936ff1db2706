package org.wiretrace.eval.relations;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One relation between two articles, true (a label) or predicted (from a report).
 *
 * @param source the source article id
 * @param derived the derived article id
 * @param kind a {@code RelationKind} name in upper case, e.g. {@code SPUN} or {@code SAME_STORY}
 */
public record RelationLabel(String source, String derived, String kind) {

  /** The kinds that mean text was reused; {@code SAME_STORY} and {@code UNRELATED} do not. */
  public static final Set<String> REUSE_KINDS = Set.of("DUPLICATE", "SYNDICATED", "PARAPHRASED", "SPUN", "PARTIAL");

  /** Validates the ids and upper-cases the kind. */
  public RelationLabel {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(derived, "derived");
    kind = kind.strip().toUpperCase(Locale.ROOT);
    if (source.equals(derived)) {
      throw new IllegalArgumentException("relation of '" + source + "' with itself; source and derived must differ");
    }
  }

  /**
   * Returns whether this relation means text was reused.
   *
   * @return true for the reuse kinds
   */
  public boolean isReuse() {
    return REUSE_KINDS.contains(kind);
  }

  /**
   * Returns the pair's key regardless of direction.
   *
   * @return the two ids in sorted order, tab-separated
   */
  public String pairKey() {
    return source.compareTo(derived) < 0 ? source + "\t" + derived : derived + "\t" + source;
  }
}
