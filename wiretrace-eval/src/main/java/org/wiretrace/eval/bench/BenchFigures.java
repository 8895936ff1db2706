package org.wiretrace.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one bench run, as named rows, plus the summary line.
 *
 * <p>Not thread-safe; filled by {@link BenchRun} then printed.
 */
public final class BenchFigures {

  private final List<String[]> rows = new ArrayList<>();
  private final List<String> summary = new ArrayList<>();
  private int articles;

  /**
   * Sets the corpus size and adds it to the summary line.
   *
   * @param count articles generated
   */
  public void articles(int count) {
    articles = count;
    key("articles", count);
  }

  /**
   * Returns the corpus size.
   *
   * @return articles generated, 0 before {@link #articles(int)}
   */
  public int articles() {
    return articles;
  }

  /**
   * Adds a row to the table.
   *
   * @param name what was measured
   * @param value the figure with its unit
   * @param note how it was measured
   */
  public void row(String name, String value, String note) {
    rows.add(new String[] {name, value, note});
  }

  /**
   * Adds a key figure to the summary line.
   *
   * @param key e.g. {@code ingest_aps}
   * @param value the number
   */
  public void key(String key, double value) {
    summary.add(key + "=" + (value == Math.rint(value) && Math.abs(value) < 1e12
        ? String.format(Locale.ROOT, "%d", (long) value) : String.format(Locale.ROOT, "%.3f", value)));
  }

  /**
   * Returns the table and, last, the summary line.
   *
   * @return the printable text, lines ending in a newline
   */
  public String render() {
    int name = rows.stream().mapToInt(r -> r[0].length()).max().orElse(4);
    int value = rows.stream().mapToInt(r -> r[1].length()).max().orElse(5);
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      out.append(String.format(Locale.ROOT, "%-" + name + "s  %" + value + "s  %s%n", r[0], r[1], r[2]));
    }
    return out.append(summaryLine()).append(System.lineSeparator()).toString();
  }

  /**
   * Returns the summary line.
   *
   * @return {@code key=value} pairs separated by spaces
   */
  public String summaryLine() {
    return String.join(" ", summary);
  }
}
