package org.wiretrace.ingest;

/** Thrown when more inputs were skipped than the configured {@code maxSkipped} allows. */
public final class IngestAbortedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient IngestSummary summary;

  /**
   * Creates the exception.
   *
   * @param message what limit was passed and how to raise it
   * @param summary what was ingested before stopping
   */
  public IngestAbortedException(String message, IngestSummary summary) {
    super(message);
    this.summary = summary;
  }

  /**
   * Returns what was ingested before the run stopped.
   *
   * @return the partial summary
   */
  public IngestSummary summary() {
    return summary;
  }
}
