package org.wiretrace.testkit;

/** How a generated article relates to the base article it was made from; the {@code kind} of a label. */
public enum DerivedKind {
  /** The same text under another outlet, id and URL. */
  DUPLICATE,
  /** Wire copy republished with light edits, a dropped sentence or two, additions, maybe reordered paragraphs. */
  SYNDICATED,
  /** Rewritten by sentence restructuring (attribution fronting, clause swaps, merges) and natural synonyms. */
  PARAPHRASED,
  /** Machine-spun: sentence for sentence, most words swapped for synonyms, some of them odd, quotes reworded. */
  SPUN,
  /** A block of the base article's paragraphs reused inside an article about another story. */
  PARTIAL,
  /** An independent report of the same event: same people, places and numbers, no shared sentences. */
  SAME_STORY
}
