package org.wiretrace.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown when a store directory cannot be used as asked: it is not a Wiretrace store, it was written
 * with another schema version or other sketch parameters, or another process holds it open for
 * writing. The message names the path, the expected and actual values and the fix. The CLI maps it
 * to exit code 3.
 */
public final class IncompatibleStoreException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Why the store was refused. */
  public enum Reason {
    /** The directory holds something else, or an unfinished store. */
    NOT_A_STORE,
    /** The store was written by another schema version. */
    SCHEMA_VERSION,
    /** The store's candidate terms were made with other sketch parameters. */
    PARAMS_STAMP,
    /** Another process (or another open in this one) holds the store's write lock. */
    LOCKED
  }

  private final Reason reason;
  private final transient Path path;

  /**
   * Creates the exception.
   *
   * @param reason why the store was refused
   * @param path the store or index directory
   * @param message the full message: path, expected, actual and fix
   * @param cause the underlying Lucene error, or null
   */
  public IncompatibleStoreException(Reason reason, Path path, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.path = path;
  }

  /**
   * Creates the exception without a cause.
   *
   * @param reason why the store was refused
   * @param path the store or index directory
   * @param message the full message: path, expected, actual and fix
   */
  public IncompatibleStoreException(Reason reason, Path path, String message) {
    super(message);
    this.reason = reason;
    this.path = path;
  }

  /**
   * Returns why the store was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the directory that was refused.
   *
   * @return the path
   */
  public Path path() {
    return path;
  }
}
