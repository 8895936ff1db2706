package org.wiretrace.provenance;

/** How the direction of a reuse relation was established. */
public enum DirectionStatus {
  /** From publication times: the earlier article is the source. */
  KNOWN,
  /** From content evidence (specificity, spinner artefacts, containment). */
  INFERRED,
  /** The evidence is missing or conflicting; source and derived are then in id order. */
  UNDETERMINED
}
