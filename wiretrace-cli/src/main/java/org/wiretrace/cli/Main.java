package org.wiretrace.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Entry point of the {@code wiretrace} command; the launcher script runs it. */
public final class Main {

  /** Held so the level sticks: Lucene logs its vectorization setup at INFO on every start. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private Main() {}

  /**
   * Runs the command line and exits with its {@link ExitCodes exit code}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.WARNING);
    CommandLine commandLine = commandLine(CliContext.system());
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(commandLine.execute(args));
  }

  /**
   * Builds the command line with its exception handlers; callers set output writers and execute.
   *
   * @param context environment, working directory and terminal of the run
   * @return the configured command line
   */
  public static CommandLine commandLine(CliContext context) {
    CliExceptionHandler handler = new CliExceptionHandler(context);
    CommandLine commandLine = new CommandLine(new WiretraceCommand(context));
    commandLine.setExecutionExceptionHandler(handler);
    commandLine.setParameterExceptionHandler(handler);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setUsageHelpAutoWidth(true);
    commandLine.setColorScheme(Help.defaultColorScheme(context.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
    return commandLine;
  }
}
