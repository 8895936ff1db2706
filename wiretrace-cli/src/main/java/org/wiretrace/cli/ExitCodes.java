package org.wiretrace.cli;

/**
 * The process exit codes of every {@code wiretrace} command, set in one place by {@link
 * CliExceptionHandler} and by the commands' return values.
 */
public final class ExitCodes {

  /** The command did what was asked. */
  public static final int OK = 0;

  /** A failure that fits no other code, e.g. an I/O error while writing output. */
  public static final int OTHER = 1;

  /** Bad input: wrong arguments, a missing file or id, or input records that had to be skipped. */
  public static final int BAD_INPUT = 2;

  /** The store on disk was written by an incompatible version or with other parameters. */
  public static final int INCOMPATIBLE_STORE = 3;

  /** A bug in Wiretrace: an unexpected exception. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
