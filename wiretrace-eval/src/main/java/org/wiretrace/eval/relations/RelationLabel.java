package org.wiretrace.eval.relations;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One relation between two articles, true (a label) or predicted (from a report).
 *
 * @param source the source article id
 * @param derived the derived article id
 * @param kind a {@code RelationKind} name in upper case, e.g. {@code SPUN} or {@code SAME_STORY}
 * @param via for a predicted link between two copies of one source, that source (the report's
 *     {@code via}: the detector itself calls the link indirect); null for direct relations and labels
 */
public record RelationLabel(String source, String derived, String kind, @Nullable String via) {

  /** The kinds that mean text was reused; {@code SAME_STORY} and {@code UNRELATED} do not. */
  public static final Set<String> REUSE_KINDS = Set.of("DUPLICATE", "SYNDICATED", "PARAPHRASED", "SPUN", "PARTIAL");

  /**
   * Creates a direct relation (no {@code via}).
   *
   * @param source the source article id
   * @param derived the derived article id
   * @param kind the kind's name
   */
  public RelationLabel(String source, String derived, String kind) {
    this(source, derived, kind, null);
  }

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
