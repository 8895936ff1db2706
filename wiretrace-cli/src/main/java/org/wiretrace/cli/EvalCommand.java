package org.wiretrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace eval ...}: scores parts of the detector against labelled data (wiretrace-eval). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    header = "Score the detector against labelled data.",
    description = "Each subcommand runs one harness of wiretrace-eval and prints its table; the last line "
        + "is a one-line summary of the scores.",
    subcommands = {EvalRelationsCommand.class, EvalPairsCommand.class, EvalChangesCommand.class, EvalLevelsCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace eval relations examples/labels.jsonl examples/corpus/",
      "  wiretrace eval pairs --format msrp --train train.txt --folds 5 train.txt",
      "  wiretrace eval changes ../shared/eval/changes/changes-train.jsonl"
    })
final class EvalCommand implements Runnable {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;

  /**
   * Returns the run's context.
   *
   * @return the context
   */
  CliContext context() {
    return root.context();
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing harness: give one of " + spec.subcommands().keySet());
  }
}
