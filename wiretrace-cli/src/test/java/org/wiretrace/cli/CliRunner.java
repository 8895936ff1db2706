package org.wiretrace.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process on a given working directory, capturing its output. */
final class CliRunner {

  private final Path workingDir;
  private final Map<String, String> env;

  /** The outcome of one run. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  CliRunner(Path workingDir) {
    this(workingDir, Map.of());
  }

  CliRunner(Path workingDir, Map<String, String> env) {
    this.workingDir = workingDir;
    this.env = env;
  }

  Result run(String... args) {
    CommandLine commandLine = Main.commandLine(new CliContext(env, workingDir, false));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
