package org.wiretrace.eval.pairs;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The supported pair file formats, all tab-separated, one pair a line; each parses one line.
 *
 * <ul>
 *   <li>{@link #MSRP}: {@code Quality, #1 ID, #2 ID, #1 String, #2 String}; the header line is
 *       optional (Microsoft Research Paraphrase Corpus, Dolan and Brockett 2005).
 *   <li>{@link #PAWS}: {@code id, sentence1, sentence2, label} with a header line (PAWS, Zhang et
 *       al. 2019).
 *   <li>{@link #TSV}: {@code label, sentence1, sentence2}, no header expected.
 * </ul>
 *
 * Labels are {@code 1} (paraphrase) or {@code 0}. A line whose first column is a known header word
 * is skipped as a header.
 */
public enum PairFormat {
  /** Microsoft Research Paraphrase Corpus. */
  MSRP(5, 0, 3, 4, 1, "quality"),
  /** Paraphrase Adversaries from Word Scrambling. */
  PAWS(4, 3, 1, 2, 0, "id"),
  /** Label, first sentence, second sentence. */
  TSV(3, 0, 1, 2, -1, "label");

  private final int columns;
  private final int labelColumn;
  private final int firstColumn;
  private final int secondColumn;
  private final int idColumn;
  private final String headerWord;

  PairFormat(int columns, int label, int first, int second, int id, String headerWord) {
    this.columns = columns;
    this.labelColumn = label;
    this.firstColumn = first;
    this.secondColumn = second;
    this.idColumn = id;
    this.headerWord = headerWord;
  }

  /**
   * Returns the format with a name, ignoring case.
   *
   * @param name {@code msrp}, {@code paws} or {@code tsv}
   * @return the format
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static PairFormat named(String name) {
    for (PairFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "format = '" + name + "' is unknown; use one of " + names());
  }

  /**
   * Returns the known format names, lower case, comma-separated.
   *
   * @return e.g. {@code msrp, paws, tsv}
   */
  public static String names() {
    return Arrays.stream(values())
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  /**
   * Tells whether a line is this format's header line.
   *
   * @param line the line, without a byte-order mark
   * @return true when its first column is the header word
   */
  boolean isHeader(String line) {
    int tab = line.indexOf('\t');
    String first = tab < 0 ? line : line.substring(0, tab);
    return first.strip().toLowerCase(Locale.ROOT).startsWith(headerWord);
  }

  /**
   * Parses one data line.
   *
   * @param line the line text
   * @param number its 1-based line number
   * @return the pair
   * @throws IllegalArgumentException naming what is malformed
   */
  LabelledPair parse(String line, int number) {
    String[] cells = line.split("\t", -1);
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "expected " + columns + " tab-separated columns for " + this + ", found " + cells.length);
    }
    String first = requireText(cells[firstColumn], "first sentence");
    String second = requireText(cells[secondColumn], "second sentence");
    String id = idColumn < 0 ? Integer.toString(number) : cells[idColumn].strip();
    return new LabelledPair(id, number, first, second, label(cells[labelColumn]));
  }

  private static boolean label(String cell) {
    return switch (cell.strip()) {
      case "1" -> true;
      case "0" -> false;
      default -> throw new IllegalArgumentException("label '" + cell.strip() + "' is not 0 or 1");
    };
  }

  private static String requireText(String cell, String what) {
    if (cell.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return cell.strip();
  }
}
