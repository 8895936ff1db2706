package org.wiretrace.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.jspecify.annotations.Nullable;
import org.wiretrace.index.IncompatibleStoreException;
import org.wiretrace.ingest.IngestAbortedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become messages and {@link ExitCodes}: parse errors and bad input
 * exit 2, an incompatible store 3, I/O failures 1 and anything unexpected 4 (with a stack trace,
 * because it is a bug).
 */
final class CliExceptionHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Environment variable that turns on stack traces for every failure. */
  static final String DEBUG_VARIABLE = "WIRETRACE_DEBUG";

  private final boolean debug;

  CliExceptionHandler(CliContext context) {
    this.debug = context.variable(DEBUG_VARIABLE) != null;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    int code = exitCode(ex);
    PrintWriter err = command.getErr();
    err.println("wiretrace " + command.getCommandName() + ": " + message(ex, code));
    if (code == ExitCodes.INTERNAL || debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("wiretrace: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.print(command.getHelp().fullSynopsis());
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Maps a failure to its exit code, looking through wrapping exceptions.
   *
   * @param failure what was thrown
   * @return the exit code
   */
  static int exitCode(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IncompatibleStoreException) {
        return ExitCodes.INCOMPATIBLE_STORE;
      }
    }
    Throwable root = unwrap(failure);
    if (root instanceof BadInputException
        || root instanceof IllegalArgumentException
        || root instanceof IngestAbortedException
        || root instanceof NoSuchFileException
        || root instanceof FileNotFoundException) {
      return ExitCodes.BAD_INPUT;
    }
    return root instanceof IOException ? ExitCodes.OTHER : ExitCodes.INTERNAL;
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String message(Throwable ex, int code) {
    Throwable root = unwrap(ex);
    String text = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return switch (code) {
      case ExitCodes.INTERNAL ->
          "internal error (a bug in Wiretrace; please report it with the trace below): " + root;
      case ExitCodes.INCOMPATIBLE_STORE ->
          text + " (use another --store directory, or delete this one and ingest again)";
      case ExitCodes.BAD_INPUT -> noSuchFile(root, text);
      default -> text;
    };
  }

  private static String noSuchFile(Throwable root, @Nullable String text) {
    return root instanceof NoSuchFileException ? "no such file or directory: " + text : String.valueOf(text);
  }
}
