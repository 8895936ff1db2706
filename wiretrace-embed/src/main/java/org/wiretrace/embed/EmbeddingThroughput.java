package org.wiretrace.embed;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Command-line benchmark: sentences per second of {@link OnnxSentenceEmbedder} on synthetic
 * news-style sentences, plus a determinism check (parallel vectors against one-at-a-time vectors,
 * compared bit for bit). Not a unit test: timings depend on the machine and its load.
 *
 * <p>Run from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q -o -pl wiretrace-embed -am compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java --enable-native-access=ALL-UNNAMED -cp "wiretrace-embed/target/classes:$(cat /tmp/cp.txt)" \
 *     org.wiretrace.embed.EmbeddingThroughput [sentences=2000] [workers=2] [passes=2] [seed=42]
 * }</pre>
 */
public final class EmbeddingThroughput {

  private static final String[] SUBJECTS = {
    "The regional council",
    "A spokeswoman for the ministry",
    "Local police",
    "The shipping company",
    "Investors",
    "The union",
    "Emergency crews",
    "The coalition government",
    "Residents of the valley",
    "The central bank"
  };
  private static final String[] VERBS = {
    "announced",
    "denied",
    "confirmed",
    "questioned",
    "postponed",
    "approved",
    "criticised",
    "welcomed",
    "reported",
    "rejected"
  };
  private static final String[] OBJECTS = {
    "a plan to expand the northern rail line", "new limits on fishing in the bay",
    "the results of an audit of hospital spending", "a proposal to merge two school districts",
    "the closure of the old steel plant", "an inquiry into the collapse of the footbridge",
    "higher fees for downtown parking", "the sale of its cargo division"
  };
  private static final String[] TAILS = {
    "on Tuesday", "after a week of talks", "despite protests outside the building",
    "citing rising costs", "according to documents seen by reporters", "in a brief statement",
    "ahead of next month's election", "for the third time this year"
  };

  private EmbeddingThroughput() {}

  /**
   * Runs the benchmark and prints one line per timed pass and a determinism line.
   *
   * @param args optional: sentence count, workers, timed passes, seed
   */
  public static void main(String[] args) {
    int count = intArg(args, 0, 2000);
    int workers = intArg(args, 1, 2);
    int passes = intArg(args, 2, 2);
    List<String> sentences = sentences(count, intArg(args, 3, 42));
    EmbeddingModelSpec spec = EmbeddingModelSpec.allMiniLmL6V2Q().withWorkers(workers);
    try (OnnxSentenceEmbedder embedder = OnnxSentenceEmbedder.create(spec)) {
      run(embedder, sentences, passes, System.out);
    }
  }

  private static void run(
      OnnxSentenceEmbedder embedder, List<String> sentences, int passes, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%s, %d sentences, %d cores%n",
        embedder,
        sentences.size(),
        Runtime.getRuntime().availableProcessors());
    embedder.embed(sentences.subList(0, Math.min(300, sentences.size())));
    List<float[]> parallel = List.of();
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      parallel = embedder.embed(sentences);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "pass %d: %.2f s, %.0f sentences/s%n",
          pass,
          seconds,
          sentences.size() / seconds);
    }
    out.println(determinism(embedder, sentences, parallel));
  }

  private static String determinism(
      OnnxSentenceEmbedder embedder, List<String> sentences, List<float[]> parallel) {
    int identical = 0;
    double maxDiff = 0;
    for (int i = 0; i < sentences.size(); i++) {
      float[] alone = embedder.embed(sentences.get(i));
      identical += java.util.Arrays.equals(alone, parallel.get(i)) ? 1 : 0;
      maxDiff = Math.max(maxDiff, maxAbsDiff(alone, parallel.get(i)));
    }
    return String.format(
        Locale.ROOT,
        "determinism: %d/%d vectors bit-identical to one-at-a-time, max |diff| %.3g",
        identical,
        sentences.size(),
        maxDiff);
  }

  private static double maxAbsDiff(float[] a, float[] b) {
    double max = 0;
    for (int d = 0; d < a.length; d++) {
      max = Math.max(max, Math.abs(a[d] - b[d]));
    }
    return max;
  }

  /**
   * Builds invented news-style sentences from fixed phrase lists with a seeded generator.
   *
   * @param count how many
   * @param seed the random seed
   * @return the sentences
   */
  static List<String> sentences(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> sentences = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sentences.add(
          pick(random, SUBJECTS)
              + " "
              + pick(random, VERBS)
              + " "
              + pick(random, OBJECTS)
              + " "
              + pick(random, TAILS)
              + ", and "
              + (random.nextInt(90) + 10)
              + " people were "
              + pick(random, VERBS)
              + " "
              + pick(random, TAILS)
              + ".");
    }
    return sentences;
  }

  private static String pick(SplittableRandom random, String[] options) {
    return options[random.nextInt(options.length)];
  }

  private static int intArg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }
}
