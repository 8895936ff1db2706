package org.wiretrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.wiretrace.eval.pairs.EngineJudgement;
import org.wiretrace.eval.pairs.PairEvalOptions;
import org.wiretrace.eval.pairs.PairEvaluation;
import org.wiretrace.eval.pairs.PairFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace eval pairs FILE}: the paraphrase classifier on labelled sentence pairs. */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Score the paraphrase classifier on labelled sentence pairs (MSRP, PAWS, TSV).",
    description = {
      "Without --train or --model-in: scores the engine's own sentence-pair judgement (the one the "
          + "aligner uses, shipped in the core jar) on the held-out 30%% of a seeded, stratified split of "
          + "FILE (the MSRP training file), under the lexical and the default ONNX embedder; "
          + "--fit-engine OUT refits those coefficient sets on the other 70%% and writes them to OUT.",
      "With --train: fits a separate research classifier on --train (or applies a --model-in saved earlier) and scores FILE: accuracy, "
          + "precision, recall and F1 of the paraphrase label. --holdout or --folds split the training "
          + "file itself (seeded, stratified); FILE must then be the training file.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace eval pairs --format msrp msr_paraphrase_train.txt",
      "  wiretrace eval pairs --format msrp --train msr_train.txt msr_test.txt",
      "  wiretrace eval pairs --format msrp --train msr_train.txt --folds 5 msr_train.txt",
      "  wiretrace eval pairs --format paws --model-in pairs.model dev.tsv"
    })
final class EvalPairsCommand implements Callable<Integer> {

  @ParentCommand private EvalCommand eval;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The labelled pairs to score.")
  private Path file;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "msrp, paws or tsv.")
  private String format;

  @Option(names = "--train", paramLabel = "FILE", description = "Labelled pairs to fit the classifier on.")
  private @Nullable Path train;

  @Option(names = "--model-in", paramLabel = "FILE", description = "A model written earlier with --model-out.")
  private @Nullable Path modelIn;

  @Option(names = "--model-out", paramLabel = "FILE", description = "Where to write the fitted model.")
  private @Nullable Path modelOut;

  @Option(names = "--holdout", paramLabel = "SHARE", description = "Share of --train held out for scoring, e.g. 0.2.")
  private double holdout;

  @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds over --train, e.g. 5.")
  private int folds;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the splits (default: ${DEFAULT-VALUE}).")
  private long seed = PairEvalOptions.DEFAULT_SEED;

  @Option(names = "--lambda", paramLabel = "L", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
  private double lambda = PairEvalOptions.DEFAULT_LAMBDA;

  @Option(names = "--fit-engine", paramLabel = "FILE", description = "Without --train/--model-in: refit the "
      + "engine's coefficient sets on the training part of FILE and write them here.")
  private @Nullable Path fitEngine;

  @Override
  public Integer call() throws Exception {
    CliContext context = eval.context();
    if (train == null && modelIn == null) {
      return engine(context);
    }
    PairEvalOptions options = new PairEvalOptions(PairFormat.named(format), context.resolve(file),
        resolve(context, train), resolve(context, modelIn), resolve(context, modelOut), holdout, folds, seed, lambda);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      PairEvaluation.run(options, printed);
    }
    spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The engine's own judgement on the held-out split of FILE, under both embedders. */
  private Integer engine(CliContext context) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      EngineJudgement.runBoth(context.resolve(file), PairFormat.named(format), resolve(context, fitEngine), printed);
    }
    spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private static @Nullable Path resolve(CliContext context, @Nullable Path path) {
    return path == null ? null : context.resolve(path);
  }
}
