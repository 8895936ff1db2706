package org.wiretrace.eval.levels;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.ingest.Ingestor;
import org.wiretrace.model.Article;
import org.wiretrace.report.Relation;
import org.wiretrace.report.ReuseLevel;

/**
 * Scores the reuse level the engine reads from each answer's relation with its source
 * ({@link Relation#level()}: kind, derived coverage, verbatim, edited and copied shares; nothing is fitted
 * here) against the labelled level of a Clough–Stevenson style corpus. Each answer is compared with
 * its task's source through {@link ReuseDetector#compareWithSource}. Prints the 4-level confusion
 * table and accuracy, the reuse-vs-none table and accuracy, the misses, and last the line
 * {@code levels_accuracy=A reuse_accuracy=R n=N}.
 */
public final class LevelEvaluation {

  private static final List<ReuseLevel> LEVELS = List.of(ReuseLevel.values());

  /**
   * One scored answer.
   *
   * @param answer the answer's file name
   * @param truth the labelled level
   * @param relation the engine's relation of source to answer
   */
  public record Scored(String answer, ReuseLevel truth, Relation relation) {

    /**
     * Returns the engine's level.
     *
     * @return the level read from the relation
     */
    public ReuseLevel predicted() {
      return relation.level();
    }
  }

  private final ReuseDetector detector;

  /**
   * Creates an evaluation.
   *
   * @param detector the detector to score
   */
  public LevelEvaluation(ReuseDetector detector) {
    this.detector = detector;
  }

  /**
   * Reads the corpus folder and scores every labelled answer.
   *
   * @param dir the folder holding the answers, the sources and {@code file_information.csv}
   * @return the scored answers, in label order
   * @throws IOException when a file cannot be read
   */
  public List<Scored> score(Path dir) throws IOException {
    List<LevelLabels.Answer> labels = LevelLabels.read(dir);
    Map<String, Article> articles = read(dir);
    List<Scored> out = new ArrayList<>(labels.size());
    for (LevelLabels.Answer a : labels) {
      Relation r = detector.compareWithSource(article(articles, a.source(), dir), article(articles, a.answer(), dir));
      out.add(new Scored(a.answer(), a.level(), r));
    }
    return out;
  }

  /** Every .txt file of the folder, read through the ingest front door, by file name. */
  private static Map<String, Article> read(Path dir) throws IOException {
    List<String> files;
    try (Stream<Path> entries = Files.list(dir)) {
      files = entries.filter(p -> p.getFileName().toString().endsWith(".txt")).map(Path::toString).sorted().toList();
    }
    Map<String, Article> out = new TreeMap<>();
    IngestSummary summary = Ingestor.builder().build().ingest(files, (batch, progress) -> {
      for (Article a : batch) {
        out.put(a.id().value() + ".txt", a);
      }
    });
    if (summary.skipped() > 0) {
      System.err.println("  " + summary.describe());
    }
    return out;
  }

  private static Article article(Map<String, Article> articles, String file, Path dir) {
    Article a = articles.get(file);
    if (a == null) {
      throw new IllegalArgumentException(LevelLabels.FILE + " names " + file + " but " + dir
          + " holds no readable file of that name; add the file or remove its row");
    }
    return a;
  }

  /**
   * Prints the tables, the misses and the summary line.
   *
   * @param scored the scored answers
   * @param out where to print
   */
  public static void print(List<Scored> scored, PrintStream out) {
    int[][] levels = new int[LEVELS.size()][LEVELS.size()];
    int[][] reuse = new int[2][2];
    for (Scored s : scored) {
      levels[s.truth().ordinal()][s.predicted().ordinal()]++;
      reuse[reuseIndex(s.truth())][reuseIndex(s.predicted())]++;
    }
    out.println("four levels (rows: labelled, columns: read from the relation):");
    table(levels, LEVELS.stream().map(LevelLabels::name).toList(), out);
    out.println("reuse vs none:");
    table(reuse, List.of("reuse", "none"), out);
    misses(scored, out);
    out.printf(Locale.ROOT, "levels_accuracy=%.3f reuse_accuracy=%.3f n=%d%n", accuracy(levels), accuracy(reuse),
        scored.size());
  }

  private static int reuseIndex(ReuseLevel level) {
    return level == ReuseLevel.NONE ? 1 : 0;
  }

  private static void table(int[][] counts, List<String> names, PrintStream out) {
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-8s", ""));
    names.forEach(n -> head.append(String.format(Locale.ROOT, " %6s", n)));
    out.println(head.append(String.format(Locale.ROOT, " %7s", "recall")));
    for (int i = 0; i < counts.length; i++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-8s", names.get(i)));
      int total = 0;
      for (int count : counts[i]) {
        row.append(String.format(Locale.ROOT, " %6d", count));
        total += count;
      }
      out.println(row.append(String.format(Locale.ROOT, " %7.3f", total == 0 ? 0 : counts[i][i] / (double) total)));
    }
    out.printf(Locale.ROOT, "  accuracy %.3f%n", accuracy(counts));
  }

  private static void misses(List<Scored> scored, PrintStream out) {
    out.println("misses (answer: labelled -> read; kind, derived coverage, verbatim, edited, copied):");
    for (Scored s : scored) {
      if (s.truth() != s.predicted()) {
        Relation r = s.relation();
        out.printf(Locale.ROOT, "  %s: %s -> %s; %s, %.2f, %.2f, %.2f, %.2f%n", s.answer(), LevelLabels.name(s.truth()),
            LevelLabels.name(s.predicted()), r.kind(), r.derivedCoverage(), r.verbatimShare(), r.editedShare(),
            r.copiedShare());
      }
    }
  }

  /**
   * Returns the share of a confusion table on its diagonal.
   *
   * @param counts square table
   * @return the accuracy, 0 when empty
   */
  static double accuracy(int[][] counts) {
    int right = 0;
    int total = 0;
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts[i].length; j++) {
        total += counts[i][j];
        right += i == j ? counts[i][j] : 0;
      }
    }
    return total == 0 ? 0 : right / (double) total;
  }
}
