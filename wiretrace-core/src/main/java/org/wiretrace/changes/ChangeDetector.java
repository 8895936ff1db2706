package org.wiretrace.changes;

import java.util.List;

/** One kind of change detection over a prepared pair; {@link ChangeFlagger} runs them all. */
interface ChangeDetector {

  /**
   * Returns the changes of this detector's kind.
   *
   * @param pair the tokenized, diffed pair
   * @param facts what earlier detectors read (dates, numbers, quotes), shared to avoid re-reading
   * @return the changes found, in any order
   */
  List<Change> detect(PassagePair pair, PairFacts facts);
}
