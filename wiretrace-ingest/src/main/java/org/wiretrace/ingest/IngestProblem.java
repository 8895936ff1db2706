package org.wiretrace.ingest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem met while ingesting: where it is, why, and how to fix it.
 *
 * @param file the path or stream name as given
 * @param line 1-based line number (JSONL, text), when known
 * @param record 1-based record number (JSONL line record, WARC record), when known
 * @param offset byte offset into the file (WARC), when known
 * @param reason the kind of problem
 * @param detail what was wrong, in plain words
 * @param fix what the user can do about it
 */
public record IngestProblem(
    String file,
    @Nullable Long line,
    @Nullable Long record,
    @Nullable Long offset,
    ProblemReason reason,
    String detail,
    String fix) {

  /** Validates the fields. */
  public IngestProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(fix, "fix");
  }

  /**
   * Returns where the problem is, e.g. {@code feed.jsonl:12} or {@code crawl.warc.gz record 3 @ 4096}.
   *
   * @return the position text
   */
  public String position() {
    StringBuilder out = new StringBuilder(file);
    if (line != null) {
      out.append(':').append(line);
    } else if (record != null) {
      out.append(" record ").append(record);
    }
    if (offset != null) {
      out.append(" @ offset ").append(offset);
    }
    return out.toString();
  }

  /**
   * Returns a one-line message: position, reason, detail and fix.
   *
   * @return the message
   */
  public String message() {
    String outcome = reason.skips() ? "skipped" : "kept";
    return position() + ": " + detail + " (" + outcome + "); fix: " + fix;
  }

  @Override
  public String toString() {
    return message();
  }
}
