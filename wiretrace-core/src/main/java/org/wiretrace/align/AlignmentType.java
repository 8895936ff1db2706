package org.wiretrace.align;

/** How closely an aligned derived passage follows its source passage. */
public enum AlignmentType {
  /** The same words in the same order, up to punctuation, case and quote style. */
  VERBATIM,
  /** Mostly the same wording, with words inserted, removed or changed. */
  EDITED,
  /** The same content in different wording. */
  PARAPHRASED
}
