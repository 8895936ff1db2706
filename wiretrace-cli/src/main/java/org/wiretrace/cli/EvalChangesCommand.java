package org.wiretrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wiretrace.changes.ChangeFlagger;
import org.wiretrace.eval.changes.ChangeEvaluation;
import org.wiretrace.eval.changes.HoldOutSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace eval changes FILE}: the change flagger on labelled sentence pairs. */
@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    header = "Score the change flagger on labelled sentence pairs.",
    description = {
      "FILE holds one JSON object per line: {\"source\", \"derived\", \"changed\": true|false, optional "
          + "\"kind\" or \"kind_hint\"}. Prints the recall on changed pairs (overall and per kind), the "
          + "false-flag rate on unchanged pairs, flag counts per kind, example misses and false flags, and "
          + "last the line 'recall=R false_flag_rate=F n=N'. --holdout SHARE also scores a seeded split of the "
          + "lines (development part and held-out part) side by side.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace eval changes ../shared/eval/changes/changes-train.jsonl",
      "  wiretrace eval changes --holdout 0.3 --seed 7 ../shared/eval/changes/changes-train.jsonl"
    })
final class EvalChangesCommand implements Callable<Integer> {

  @ParentCommand private EvalCommand eval;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Labelled pairs, JSON Lines.")
  private Path file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Input format; only jsonl (the default).")
  private String format = "jsonl";

  @Option(names = "--holdout", paramLabel = "SHARE", description = "Share of lines held out and scored apart, e.g. 0.3 (default 0: no split).")
  private double holdout;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the hold-out split (default 7).")
  private long seed = 7;

  @Option(names = "--list-development", paramLabel = "OUT",
      description = "Also write every development-part pair that is changed or flagged to OUT with its flags and whether it is a miss or false flag, one JSON object per line (held-out lines are never listed).")
  private Path listDevelopment;

  @Override
  public Integer call() throws Exception {
    if (!format.equalsIgnoreCase("jsonl")) {
      throw new BadInputException("--format " + format + " is not supported; labelled change pairs are read as jsonl");
    }
    Path input = eval.context().resolve(file);
    if (!Files.isRegularFile(input)) {
      throw new BadInputException("no labelled pairs file at " + input);
    }
    if (!(holdout >= 0 && holdout < 1)) {
      throw new BadInputException("--holdout " + holdout + " must be at least 0 and below 1, e.g. --holdout 0.3");
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ChangeEvaluation evaluation = new ChangeEvaluation(new ChangeFlagger(), new HoldOutSplit(holdout, seed));
    try (PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      if (listDevelopment == null) {
        evaluation.run(input, printed);
      } else {
        try (PrintStream listed = new PrintStream(Files.newOutputStream(eval.context().resolve(listDevelopment)), true, StandardCharsets.UTF_8)) {
          evaluation.listingDevelopmentTo(listed).run(input, printed);
        }
      }
    }
    spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
