package org.wiretrace.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a command may know about the process it runs in: environment variables, the working
 * directory and whether a person is watching. Passed in so that tests can run commands in-process.
 *
 * @param env environment variables
 * @param workingDir directory relative paths are resolved against
 * @param interactive true when standard input and output are a terminal (progress bars, colours)
 */
public record CliContext(Map<String, String> env, Path workingDir, boolean interactive) {

  /** Environment variable naming the default store directory. */
  public static final String HOME_VARIABLE = "WIRETRACE_HOME";

  /** Validates the fields and copies the environment. */
  public CliContext {
    env = Map.copyOf(env);
    Objects.requireNonNull(workingDir, "workingDir");
  }

  /**
   * Returns the context of this JVM: its environment, working directory and terminal.
   *
   * @return the process context
   */
  public static CliContext system() {
    return new CliContext(System.getenv(), Path.of("").toAbsolutePath(), Terminal.interactive());
  }

  /**
   * Returns an environment variable, ignoring blank values.
   *
   * @param name the variable
   * @return its value, or null when unset or blank
   */
  public @Nullable String variable(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * Resolves a path given on the command line against the working directory.
   *
   * @param path the path as given
   * @return the absolute, normalised path
   */
  public Path resolve(Path path) {
    return workingDir.resolve(path).toAbsolutePath().normalize();
  }

  /**
   * Returns path arguments ready for a reader: as given when the working directory is this JVM's
   * own (so messages show the user's spelling), else resolved against the working directory.
   *
   * @param paths paths or glob patterns as given on the command line
   * @return the paths to read
   */
  public List<String> arguments(List<String> paths) {
    if (workingDir.equals(Path.of("").toAbsolutePath())) {
      return List.copyOf(paths);
    }
    return paths.stream().map(p -> Path.of(p).isAbsolute() ? p : workingDir.resolve(p).toString()).toList();
  }

  /**
   * Returns whether coloured output may be written: only to a terminal and never with {@code
   * NO_COLOR} set.
   *
   * @return true when ANSI colours are allowed
   */
  public boolean colour() {
    return interactive && variable("NO_COLOR") == null;
  }
}
