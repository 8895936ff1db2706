package org.wiretrace.ingest;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ArticleDraft;

/** What a reader needs while reading one file: its name, the limits, and where drafts and problems go. */
final class ReadContext {

  /** Receives the drafts a reader finds. */
  interface DraftSink {
    /**
     * Takes one draft.
     *
     * @param draft the draft
     * @param line its line in the file, when known
     * @param record its record number, when known
     */
    void accept(ArticleDraft draft, @Nullable Long line, @Nullable Long record);

    /** Counts a record ignored on purpose (no problem: e.g. a WARC request record). */
    void ignored();
  }

  private final String name;
  private final String idPrefix;
  private final long knownSize;
  private final IngestLimits limits;
  private final IngestLog log;
  private final DraftSink sink;

  ReadContext(String name, String idPrefix, long knownSize, IngestLimits limits, IngestLog log,
      DraftSink sink) {
    this.name = name;
    this.idPrefix = idPrefix;
    this.knownSize = knownSize;
    this.limits = limits;
    this.log = log;
    this.sink = sink;
  }

  String name() {
    return name;
  }

  /** The same file read through a decompressor: its size is no longer known. */
  ReadContext withUnknownSize() {
    return new ReadContext(name, idPrefix, -1, limits, log, sink);
  }

  /**
   * The default id of a one-article file: its folder relative to the walked folder, then its name
   * without extension ({@code sport/001}); just the name for a file given directly.
   */
  String fileId() {
    return idPrefix + InputFormat.baseName(fileName(name));
  }

  /** The last part of a path, whatever its separator. */
  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  /** The file's size in bytes when known before reading, else -1. */
  long knownSize() {
    return knownSize;
  }

  IngestLimits limits() {
    return limits;
  }

  void emit(ArticleDraft draft, @Nullable Long line, @Nullable Long record) {
    sink.accept(draft, line, record);
  }

  void ignored() {
    sink.ignored();
  }

  void fileProblem(ProblemReason reason, String detail, String fix) {
    log.add(new IngestProblem(name, null, null, null, reason, detail, fix));
  }

  void lineProblem(long line, ProblemReason reason, String detail, String fix) {
    log.add(new IngestProblem(name, line, null, null, reason, detail, fix));
  }

  void recordProblem(long record, @Nullable Long offset, ProblemReason reason, String detail, String fix) {
    log.add(new IngestProblem(name, null, record, offset, reason, detail, fix));
  }

  /** Formats a byte count for messages: {@code 64 MB}, {@code 12 KB}, {@code 17 bytes}. */
  static String bytes(long n) {
    if (n >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MB", n / 1048576.0).replace(".0 ", " ");
    }
    return n >= 1 << 10 ? (n >> 10) + " KB" : n + " bytes";
  }
}
