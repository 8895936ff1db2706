package org.wiretrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root {@code wiretrace} command: holds the run's context and lists the subcommands. */
@Command(
    name = "wiretrace",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Who copied whom, how, and what did the copy change?",
    description = {
      "Finds text reuse among news articles: wire copy syndicated with edits, paraphrases and "
          + "spun (synonym-swapped) rewrites. Tells which article is the source and which are derived, "
          + "aligns the reused passages and flags the facts the copy changed.",
      ""
    },
    subcommands = {
      IngestCommand.class,
      ListCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      ReportCommand.class,
      TraceCommand.class,
      CompareCommand.class,
      ChangesCommand.class,
      EvalCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      SparkSubmitExampleCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace report examples/corpus/   who copied whom in the demo corpus",
      "  wiretrace ingest examples/corpus/   read .txt/.jsonl/.html/.warc.gz files",
      "  wiretrace list                      what is in the store",
      "  wiretrace show wire-dam-failure     one article, sentence by sentence",
      "  wiretrace stats                     store totals",
      "  wiretrace trace northern-ledger-dam where a stored article came from",
      "  wiretrace compare a.txt b.html      two articles side by side",
      "  wiretrace changes \"...\" \"...\"      what a rewrite changed in a sentence",
      "  wiretrace serve                     web app on http://127.0.0.1:7070/",
      "  wiretrace spark-submit-example      how to run the Spark job on a cluster",
      "",
      "The store is ./.wiretrace/ unless --store DIR or $WIRETRACE_HOME says otherwise.",
      "Set WIRETRACE_DEBUG=1 to print stack traces for every failure."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:other failure (e.g. I/O)",
      "2:bad input (arguments, missing files or ids, skipped records)",
      "3:incompatible store",
      "4:internal error (a bug)"
    })
public final class WiretraceCommand implements Runnable {

  private final CliContext context;

  @Spec private CommandSpec spec;

  /**
   * Creates the root command.
   *
   * @param context environment, working directory and terminal of the run
   */
  public WiretraceCommand(CliContext context) {
    this.context = context;
  }

  /**
   * Returns the run's context, shared by every subcommand.
   *
   * @return the context
   */
  public CliContext context() {
    return context;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: give one of " + spec.subcommands().keySet());
  }
}
