package org.wiretrace.eval.levels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wiretrace.report.ReuseLevel;

/**
 * Reads {@code file_information.csv} of the Clough–Stevenson corpus: one {@code File,Task,Category}
 * row per answer, Category one of {@code cut}, {@code light}, {@code heavy}, {@code non}; the
 * answer's source is {@code orig_task<Task>.txt} in the same folder. Rows of Category {@code orig}
 * list the sources themselves and are not answers.
 */
final class LevelLabels {

  /** The labels file name inside the corpus folder. */
  static final String FILE = "file_information.csv";

  private LevelLabels() {}

  /**
   * One labelled answer.
   *
   * @param answer the answer's file name
   * @param source the source's file name
   * @param level the labelled level
   */
  record Answer(String answer, String source, ReuseLevel level) {}

  /**
   * Reads the labels of a corpus folder.
   *
   * @param dir the folder
   * @return the answers, in file order
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  static List<Answer> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no " + FILE + " in " + dir
          + "; give the folder of the Clough-Stevenson corpus (answers, orig_task*.txt and " + FILE + ")");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Answer> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && !lines.get(i).strip().endsWith(",orig")) {
        out.add(answer(lines.get(i), file, i + 1));
      }
    }
    return out;
  }

  private static Answer answer(String line, Path file, int number) {
    String[] cells = line.strip().split(",");
    if (cells.length != 3) {
      throw new IllegalArgumentException(file + " line " + number + ": '" + line
          + "' is not File,Task,Category; fix the row or remove it");
    }
    String task = cells[1].strip().toLowerCase(Locale.ROOT);
    return new Answer(cells[0].strip(), "orig_task" + task + ".txt", level(cells[2], file, number));
  }

  /**
   * Maps a category name to a level.
   *
   * @param category cut, light, heavy or non
   * @param file the labels file, for the message
   * @param number the line number, for the message
   * @return the level
   */
  static ReuseLevel level(String category, Path file, int number) {
    return switch (category.strip().toLowerCase(Locale.ROOT)) {
      case "cut" -> ReuseLevel.COPY;
      case "light" -> ReuseLevel.LIGHT_EDIT;
      case "heavy" -> ReuseLevel.HEAVY_REWRITE;
      case "non" -> ReuseLevel.NONE;
      default -> throw new IllegalArgumentException(file + " line " + number + ": category '" + category
          + "' is not one of cut, light, heavy, non; fix the row");
    };
  }

  /**
   * Returns the corpus's name for a level.
   *
   * @param level the level
   * @return cut, light, heavy or non
   */
  static String name(ReuseLevel level) {
    return switch (level) {
      case COPY -> "cut";
      case LIGHT_EDIT -> "light";
      case HEAVY_REWRITE -> "heavy";
      case NONE -> "non";
    };
  }
}
