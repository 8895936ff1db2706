package org.wiretrace.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that reads or writes the store. */
public final class StoreOption {

  /** Store directory used when neither {@code --store} nor {@code WIRETRACE_HOME} is given. */
  public static final String DEFAULT_DIRECTORY = ".wiretrace";

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store directory (default: $WIRETRACE_HOME, else ./.wiretrace/).")
  private @Nullable Path store;

  /**
   * Returns the store directory: {@code --store}, else {@code $WIRETRACE_HOME}, else {@code
   * ./.wiretrace/}.
   *
   * @param context the process context
   * @return the absolute store directory
   */
  public Path directory(CliContext context) {
    if (store != null) {
      return context.resolve(store);
    }
    String home = context.variable(CliContext.HOME_VARIABLE);
    return context.resolve(Path.of(home != null ? home : DEFAULT_DIRECTORY));
  }
}
