package org.wiretrace.changes;

/** What kind of meaning change a flag reports on an aligned passage. */
public enum ChangeKind {
  /** A number's value or magnitude changed ("4-1/2 hours" became "four hours"). */
  NUMBER,
  /** An absolute or relative time changed ("next year" became "in 2018"). */
  DATE,
  /** A person, place or organisation was replaced, added to or dropped from the claim. */
  ENTITY,
  /** Quoted words differ from the source's quote, or quote marks were added or removed. */
  QUOTE,
  /** Negation added or removed, or an antonym swapped in. */
  NEGATION,
  /** The reporting verb changed stance or certainty ("said" became "admitted"). */
  ATTRIBUTION,
  /** An established phrase replaced word by word with odd synonyms ("dear friend" became "expensive companion"). */
  TORTURED,
  /**
   * In an otherwise word-for-word copy, a content word was replaced or a phrase added or dropped
   * ("negative reviews" became "mixed reviews").
   */
  DETAIL
}
