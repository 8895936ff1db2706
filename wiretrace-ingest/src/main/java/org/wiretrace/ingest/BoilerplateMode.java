package org.wiretrace.ingest;

/** How corpus-level evidence (a line repeated across an outlet's articles) is gathered. */
public enum BoilerplateMode {
  /** No corpus-level evidence; only the line rules strip chrome. */
  OFF,
  /**
   * Evidence from the current batch and every batch before it: one pass, streaming; the first
   * batches of an outlet see less evidence than later ones.
   */
  RUNNING,
  /**
   * A first pass over all inputs counts lines, a second pass builds the articles: every article
   * sees the evidence of the whole corpus, at the cost of reading the inputs twice.
   */
  TWO_PASS
}
