package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: left-aligned columns padded to their widest cell, long cells cut with "…". */
final class TextTable {

  private final List<String> headers;
  private final int maxCellWidth;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Creates a table.
   *
   * @param maxCellWidth cells longer than this are cut
   * @param headers the column headers
   */
  TextTable(int maxCellWidth, String... headers) {
    this.headers = List.of(headers);
    this.maxCellWidth = maxCellWidth;
  }

  /**
   * Adds a row; missing cells print as empty, null cells as "-".
   *
   * @param cells the row's cells in column order
   * @return this table
   */
  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>(headers.size());
    for (Object cell : cells) {
      row.add(cut(cell == null ? "-" : String.valueOf(cell)));
    }
    rows.add(row);
    return this;
  }

  /**
   * Prints the header and the rows.
   *
   * @param out where to print
   */
  void print(PrintWriter out) {
    print(out, "");
  }

  /**
   * Prints the header and the rows, each line indented.
   *
   * @param out where to print
   * @param indent put before every line
   */
  void print(PrintWriter out, String indent) {
    int[] widths = widths();
    printRow(out, indent, headers, widths);
    for (List<String> row : rows) {
      printRow(out, indent, row, widths);
    }
  }

  private int[] widths() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], c < row.size() ? row.get(c).length() : 0);
      }
    }
    return widths;
  }

  private static void printRow(PrintWriter out, String indent, List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < widths.length; c++) {
      String cell = c < row.size() ? row.get(c) : "";
      line.append(cell).append(" ".repeat(widths[c] - cell.length() + 2));
    }
    out.println(line.toString().stripTrailing());
  }

  private String cut(String cell) {
    String flat = cell.replaceAll("\\s+", " ");
    return flat.length() <= maxCellWidth ? flat : flat.substring(0, maxCellWidth - 1) + "…";
  }
}
