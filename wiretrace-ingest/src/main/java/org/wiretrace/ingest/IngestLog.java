package org.wiretrace.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bounded record of ingest problems, like jsoup's {@code ParseErrorList.tracking(max)}: the first
 * {@code max} problems are kept in full, every problem is counted by reason. Thread-safe.
 */
public final class IngestLog {

  private final int max;
  private final List<IngestProblem> kept = new ArrayList<>();
  private final EnumMap<ProblemReason, Long> counts = new EnumMap<>(ProblemReason.class);
  private long total;
  private long skipped;

  private IngestLog(int max) {
    this.max = max;
  }

  /**
   * Returns a log that keeps at most {@code max} problems in full.
   *
   * @param max how many problems to keep, at least 0
   * @return the log
   * @throws IllegalArgumentException when max is negative
   */
  public static IngestLog tracking(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("maxProblems = " + max + " is negative; use 0 or more");
    }
    return new IngestLog(max);
  }

  /**
   * Records a problem.
   *
   * @param problem the problem
   */
  public synchronized void add(IngestProblem problem) {
    total++;
    counts.merge(problem.reason(), 1L, Long::sum);
    if (problem.reason().skips()) {
      skipped++;
    }
    if (kept.size() < max) {
      kept.add(problem);
    }
  }

  /**
   * Returns the problems kept in full, in the order met.
   *
   * @return at most {@code max} problems
   */
  public synchronized List<IngestProblem> problems() {
    return Collections.unmodifiableList(new ArrayList<>(kept));
  }

  /**
   * Returns the number of problems recorded, kept or not.
   *
   * @return the total
   */
  public synchronized long total() {
    return total;
  }

  /**
   * Returns how many problems skipped a path, file or record.
   *
   * @return the number of skipping problems
   */
  public synchronized long skipped() {
    return skipped;
  }

  /**
   * Returns whether some problems were counted but not kept in full.
   *
   * @return true when {@link #total()} exceeds the kept problems
   */
  public synchronized boolean truncated() {
    return total > kept.size();
  }

  /**
   * Returns the number of problems per reason, in the enum's order.
   *
   * @return counts by reason
   */
  public synchronized SortedMap<ProblemReason, Long> countsByReason() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }
}
