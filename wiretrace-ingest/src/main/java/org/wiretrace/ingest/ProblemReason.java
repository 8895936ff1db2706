package org.wiretrace.ingest;

/**
 * Why an input (a path, a file or one record) could not be ingested as it was. A reason either
 * skips what it names or is a note: the record was kept, with the stated repair.
 */
public enum ProblemReason {
  /** A path given on the command line does not exist. */
  PATH_NOT_FOUND(true),
  /** A glob pattern matched no file. */
  NO_MATCH(true),
  /** A file could not be opened (permissions, a special file). */
  UNREADABLE_FILE(true),
  /** The file name has no known extension and no format was forced. */
  UNKNOWN_FORMAT(true),
  /** The file is empty or holds only whitespace. */
  EMPTY_FILE(true),
  /** The file holds binary data, not text. */
  BINARY_FILE(true),
  /** A whole-file format (.txt, .html) is over the configured size limit. */
  FILE_TOO_LARGE(true),
  /** One record (a JSONL line, a WARC payload) is over the configured size limit. */
  RECORD_TOO_LARGE(true),
  /** The text was not UTF-8; it was decoded with a detected charset (a note; the record is kept). */
  CHARSET_DECODED(false),
  /** Bytes that are invalid in the charset were replaced with U+FFFD (a note; the record is kept). */
  INVALID_ENCODING(false),
  /** A JSONL line is not a JSON object. */
  MALFORMED_JSON(true),
  /** A record has no body text field, or the text is blank. */
  MISSING_TEXT(true),
  /** A metadata field could not be used and was dropped (a note; the record is kept). */
  INVALID_FIELD(false),
  /** The record's id is not a valid article id. */
  INVALID_ID(true),
  /** An article with the same id was already ingested in this run. */
  DUPLICATE_ID(true),
  /** An HTML page yielded no main text. */
  NO_MAIN_TEXT(true),
  /** Every line of the article was site chrome, so nothing is left to analyse. */
  ONLY_CHROME(true),
  /** A WARC record could not be parsed. */
  MALFORMED_RECORD(true),
  /** A compressed file or archive ends early; the records before the cut were kept. */
  TRUNCATED_FILE(true),
  /** A reader failed unexpectedly on this file (a bug; the rest of the run went on). */
  READER_FAILED(true);

  private final boolean skips;

  ProblemReason(boolean skips) {
    this.skips = skips;
  }

  /**
   * Returns whether a problem of this reason skips the record, file or path it names.
   *
   * @return true when the input was not ingested, false for a note on a kept record
   */
  public boolean skips() {
    return skips;
  }
}
