package org.wiretrace.eval.pairs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pairs read from one file, with the skipped malformed lines and the file's identity (name and
 * size) for stamping fitted models.
 *
 * @param path the file
 * @param bytes the file size
 * @param format its format
 * @param pairs the well-formed pairs, in file order
 * @param problems the skipped lines, in file order
 */
public record PairFile(
    Path path, long bytes, PairFormat format, List<LabelledPair> pairs, List<PairProblem> problems) {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Copies the lists. */
  public PairFile {
    pairs = List.copyOf(pairs);
    problems = List.copyOf(problems);
  }

  /**
   * Reads a pair file leniently: a UTF-8 byte-order mark, a header line and blank lines are
   * skipped; malformed lines are skipped and recorded with their line numbers.
   *
   * @param path the file
   * @param format its format
   * @return the pairs and problems
   * @throws IOException when the file cannot be read
   */
  public static PairFile read(Path path, PairFormat format) throws IOException {
    List<LabelledPair> pairs = new ArrayList<>();
    List<PairProblem> problems = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        readLine(format, stripMark(line, number), number, pairs, problems);
      }
    }
    return new PairFile(path, Files.size(path), format, pairs, problems);
  }

  /**
   * Returns a view holding only some of the pairs (for splits), same file identity.
   *
   * @param subset the pairs
   * @return the view
   */
  public PairFile withPairs(List<LabelledPair> subset) {
    return new PairFile(path, bytes, format, subset, problems);
  }

  /**
   * Returns the number of positive (paraphrase) pairs.
   *
   * @return the count
   */
  public long positives() {
    return pairs.stream().filter(LabelledPair::paraphrase).count();
  }

  private static void readLine(
      PairFormat format,
      String line,
      int number,
      List<LabelledPair> pairs,
      List<PairProblem> problems) {
    if (line.isBlank() || (pairs.isEmpty() && problems.isEmpty() && format.isHeader(line))) {
      return;
    }
    try {
      pairs.add(format.parse(line, number));
    } catch (IllegalArgumentException e) {
      problems.add(new PairProblem(number, e.getMessage()));
    }
  }

  private static String stripMark(String line, int number) {
    return number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK
        ? line.substring(1)
        : line;
  }
}
