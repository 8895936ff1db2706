package org.wiretrace.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Settings of one {@link ReuseJob} run, parsed from the command line and validated once.
 *
 * @param inputs input paths, folders or globs on any Hadoop file system, in the order given
 * @param output the output folder (created; existing sub-folders are overwritten)
 * @param format the input format to force ({@code txt}, {@code jsonl}, {@code html}, {@code warc}),
 *     or null to detect it from each file name
 * @param partitions number of partitions for reading and for the shuffles
 * @param maxTermArticles skew guard: a fingerprint term held by more articles than this is dropped
 *     from the band join (boilerplate buckets); 0 disables the guard
 * @param outputs which output formats to write: {@code parquet}, {@code jsonl} or both
 * @param detector detector settings passed to the core ({@code key=value}, e.g. {@code seed=42})
 */
public record JobConfig(List<String> inputs, String output, @Nullable String format, int partitions,
    int maxTermArticles, List<String> outputs, Map<String, String> detector) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Default skew guard: terms shared by more articles than this are boilerplate, not evidence. */
  public static final int DEFAULT_MAX_TERM_ARTICLES = 1000;

  /** Validates the settings. */
  public JobConfig {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    detector = java.util.Collections.unmodifiableMap(new TreeMap<>(detector));
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given; pass one or more paths, folders or globs");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("--partitions " + partitions + " must be at least 1;"
          + " use about 2-4 per executor core");
    }
    if (maxTermArticles < 0) {
      throw new IllegalArgumentException("--max-term-articles " + maxTermArticles
          + " is negative; use 0 to disable the skew guard or a positive limit");
    }
    for (String o : outputs) {
      if (!o.equals("parquet") && !o.equals("jsonl")) {
        throw new IllegalArgumentException("--outputs contains '" + o + "'; use parquet, jsonl or parquet,jsonl");
      }
    }
  }

  /**
   * Parses command-line arguments: {@code [options] OUTPUT INPUT...}.
   *
   * @param args the arguments
   * @return the settings
   * @throws IllegalArgumentException naming the bad argument and the fix
   */
  public static JobConfig parse(String... args) {
    List<String> positional = new ArrayList<>();
    String format = null;
    int partitions = 8;
    int maxTerm = DEFAULT_MAX_TERM_ARTICLES;
    List<String> outputs = List.of("parquet", "jsonl");
    Map<String, String> detector = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--format" -> format = value(args, ++i, a);
        case "--partitions" -> partitions = number(value(args, ++i, a), a);
        case "--max-term-articles" -> maxTerm = number(value(args, ++i, a), a);
        case "--outputs" -> outputs = List.of(value(args, ++i, a).toLowerCase(Locale.ROOT).split(","));
        case "--set" -> put(detector, value(args, ++i, a));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a + "; " + usage());
          }
          positional.add(a);
        }
      }
    }
    if (positional.size() < 2) {
      throw new IllegalArgumentException("need an output folder and at least one input; " + usage());
    }
    return new JobConfig(positional.subList(1, positional.size()), positional.get(0), format, partitions,
        maxTerm, outputs, detector);
  }

  /**
   * Returns the usage line.
   *
   * @return the usage text
   */
  public static String usage() {
    return "usage: ReuseJob [--format txt|jsonl|html|warc] [--partitions N] [--max-term-articles N]"
        + " [--outputs parquet,jsonl] [--set key=value]... OUTPUT INPUT...";
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; " + usage());
    }
    return args[i];
  }

  private static int number(String text, String option) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " " + text + " is not a whole number; e.g. " + option + " 16");
    }
  }

  private static void put(Map<String, String> detector, String pair) {
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--set " + pair + " is not key=value; e.g. --set seed=42");
    }
    detector.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
  }
}
