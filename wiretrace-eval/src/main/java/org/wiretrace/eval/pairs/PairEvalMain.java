package org.wiretrace.eval.pairs;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Minimal command line for {@link PairEvaluation} until {@code wiretrace eval pairs} wires it:
 *
 * <pre>{@code
 * PairEvalMain --format msrp|paws|tsv [--train FILE] [--model-in FILE] [--model-out FILE]
 *              [--holdout 0.2 | --folds 5] [--seed 42] [--lambda 1.0] FILE
 * }</pre>
 *
 * Exit codes: 0 ok, 2 invalid arguments.
 */
public final class PairEvalMain {

  private PairEvalMain() {}

  /**
   * Parses the arguments and runs the evaluation.
   *
   * @param args the arguments above
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    try {
      PairEvaluation.run(parse(args), System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("wiretrace eval pairs: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Parses the arguments into options.
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException for a missing value or unknown option
   */
  static PairEvalOptions parse(String[] args) {
    String format = null;
    Path file = null;
    Path train = null;
    Path modelIn = null;
    Path modelOut = null;
    double holdout = 0;
    int folds = 0;
    long seed = PairEvalOptions.DEFAULT_SEED;
    double lambda = PairEvalOptions.DEFAULT_LAMBDA;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--format" -> format = value(args, ++i, arg);
        case "--train" -> train = Path.of(value(args, ++i, arg));
        case "--model-in" -> modelIn = Path.of(value(args, ++i, arg));
        case "--model-out" -> modelOut = Path.of(value(args, ++i, arg));
        case "--holdout" -> holdout = Double.parseDouble(value(args, ++i, arg));
        case "--folds" -> folds = Integer.parseInt(value(args, ++i, arg));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
        case "--lambda" -> lambda = Double.parseDouble(value(args, ++i, arg));
        default -> file = positional(file, arg);
      }
    }
    if (format == null || file == null) {
      throw new IllegalArgumentException("usage: --format " + PairFormat.names().replace(", ", "|")
          + " [--train FILE | --model-in FILE] [--model-out FILE] [--holdout F | --folds K] FILE");
    }
    return new PairEvalOptions(
        PairFormat.named(format), file, train, modelIn, modelOut, holdout, folds, seed, lambda);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static Path positional(@Nullable Path current, String arg) {
    if (arg.startsWith("--") || current != null) {
      throw new IllegalArgumentException("unexpected argument '" + arg + "'");
    }
    return Path.of(arg);
  }
}
