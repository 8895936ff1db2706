package org.wiretrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wiretrace.eval.levels.LevelEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace eval levels DIR}: reuse levels on a Clough–Stevenson style short-answer corpus. */
@Command(
    name = "levels",
    mixinStandardHelpOptions = true,
    header = "Score the reuse level read from each relation (copy, light edit, heavy rewrite, none).",
    description = {
      "DIR holds the answers, their sources orig_task<T>.txt and file_information.csv (File,Task,Category; "
          + "Category cut, light, heavy or non), the layout of the Clough-Stevenson corpus. Each answer is "
          + "compared with its task's source; the level is read from the relation (kind, derived coverage, "
          + "verbatim and edited shares; see docs/JSON.md 'level'), nothing is fitted. Prints the four-level "
          + "confusion table and accuracy, the reuse-vs-none table and accuracy, the misses, and last the "
          + "line 'levels_accuracy=A reuse_accuracy=R n=N'.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace eval levels ../shared/eval/clough-stevenson",
      "  wiretrace eval levels --embedder lexical ../shared/eval/clough-stevenson"
    })
final class EvalLevelsCommand implements Callable<Integer> {

  @ParentCommand private EvalCommand eval;
  @Spec private CommandSpec spec;
  @Mixin private DetectorOptions detection;

  @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
  private Path dir;

  @Override
  public Integer call() throws Exception {
    Path folder = eval.context().resolve(dir);
    if (!Files.isDirectory(folder)) {
      throw new BadInputException("no such folder: " + folder + "; give the Clough-Stevenson corpus folder");
    }
    List<LevelEvaluation.Scored> scored;
    try (Detection loaded = Detection.open(detection.embedder())) {
      scored = new LevelEvaluation(loaded.detector(null)).score(folder);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      LevelEvaluation.print(scored, printed);
    }
    spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
