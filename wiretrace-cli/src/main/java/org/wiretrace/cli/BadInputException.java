package org.wiretrace.cli;

import java.io.Serial;

/**
 * Thrown by a command when what the user gave cannot be used (an unknown article id, a missing
 * file); {@link CliExceptionHandler} prints its message and exits with {@link ExitCodes#BAD_INPUT}.
 */
public final class BadInputException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and how to fix it
   */
  public BadInputException(String message) {
    super(message);
  }
}
