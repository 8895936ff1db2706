package org.wiretrace.ingest;

import java.util.List;
import java.util.SortedMap;

/**
 * The outcome of an ingest run.
 *
 * @param ingested articles handed to the consumer
 * @param skipped paths, files and records skipped because of a problem
 * @param ignoredRecords records ignored on purpose, without a problem (WARC request/metadata records,
 *     non-HTML responses)
 * @param files files read
 * @param bytes bytes read
 * @param problemsByReason every problem counted by reason, notes included
 * @param problems the first problems in full (bounded by the log size)
 * @param problemsTotal all problems, kept in full or not
 */
public record IngestSummary(
    long ingested,
    long skipped,
    long ignoredRecords,
    int files,
    long bytes,
    SortedMap<ProblemReason, Long> problemsByReason,
    List<IngestProblem> problems,
    long problemsTotal) {

  /** Copies the collections. */
  public IngestSummary {
    problemsByReason = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(problemsByReason));
    problems = List.copyOf(problems);
  }

  /**
   * Returns a short human summary, e.g. {@code 120 ingested, 3 skipped (MALFORMED_JSON 2, ...)}.
   *
   * @return the summary line
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(ingested).append(" ingested, ").append(skipped).append(" skipped");
    if (ignoredRecords > 0) {
      out.append(", ").append(ignoredRecords).append(" non-article records ignored");
    }
    if (!problemsByReason.isEmpty()) {
      out.append(" (problems:");
      problemsByReason.forEach((reason, n) -> out.append(' ').append(reason).append(' ').append(n));
      out.append(')');
    }
    return out.toString();
  }
}
