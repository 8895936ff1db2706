package org.wiretrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wiretrace.eval.changes.ChangeEvaluation;
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
          + "last the line 'recall=R false_flag_rate=F n=N'.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {"  wiretrace eval changes ../shared/eval/changes/changes-train.jsonl"})
final class EvalChangesCommand implements Callable<Integer> {

  @ParentCommand private EvalCommand eval;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Labelled pairs, JSON Lines.")
  private Path file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Input format; only jsonl (the default).")
  private String format = "jsonl";

  @Override
  public Integer call() throws Exception {
    if (!format.equalsIgnoreCase("jsonl")) {
      throw new BadInputException("--format " + format + " is not supported; labelled change pairs are read as jsonl");
    }
    Path input = eval.context().resolve(file);
    if (!Files.isRegularFile(input)) {
      throw new BadInputException("no labelled pairs file at " + input);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      new ChangeEvaluation().run(input, printed);
    }
    spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
