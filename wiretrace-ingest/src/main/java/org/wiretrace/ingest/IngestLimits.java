package org.wiretrace.ingest;

/**
 * Size limits that keep one oversized input from exhausting memory.
 *
 * @param maxFileBytes largest .txt or .html file read whole
 * @param maxRecordBytes largest single record (a JSONL line, a WARC payload)
 * @param maxHtmlDepth deepest element nesting examined when extracting HTML main text
 */
record IngestLimits(long maxFileBytes, int maxRecordBytes, int maxHtmlDepth) {

  /** Default limits: 64 MB files, 16 MB records, depth 512. */
  static final IngestLimits DEFAULT = new IngestLimits(64L << 20, 16 << 20, 512);
}
