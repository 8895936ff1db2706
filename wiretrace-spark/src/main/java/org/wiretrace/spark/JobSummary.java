package org.wiretrace.spark;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of the job did, for logs and tests.
 *
 * @param files input files listed
 * @param articles articles read (after duplicate-id rejects)
 * @param rejects rejected inputs and records
 * @param rejectsByReason rejects counted by reason, sorted
 * @param candidates candidate pairs verified
 * @param relations relations found (reuse and same story)
 * @param stories story clusters
 * @param droppedTerms fingerprint terms dropped by the skew guard
 * @param droppedKeys vector bucket keys dropped by the skew guard
 * @param seconds wall time of the run
 */
public record JobSummary(int files, long articles, long rejects, Map<String, Long> rejectsByReason,
    long candidates, long relations, long stories, long droppedTerms, long droppedKeys, double seconds) {

  /** Copies the map. */
  public JobSummary {
    rejectsByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectsByReason));
  }

  /**
   * Returns one line for the log.
   *
   * @return e.g. {@code 12 files, 5000 articles, 3 rejects {MALFORMED_JSON=2, ...}, ...}
   */
  public String describe() {
    return String.format(java.util.Locale.ROOT,
        "%d files, %d articles, %d rejects %s, %d candidate pairs, %d relations, %d stories, skew guard dropped"
            + " %d terms and %d bucket keys, in %.1f s (%.1f articles/s)",
        files, articles, rejects, rejectsByReason, candidates, relations, stories, droppedTerms, droppedKeys, seconds,
        seconds > 0 ? articles / seconds : 0.0);
  }
}
