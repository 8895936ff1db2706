package org.wiretrace.cli;

/** ANSI styling that turns itself off when output is not a terminal (or {@code NO_COLOR} is set). */
final class Ansi {

  private static final String RESET = "\u001b[0m";

  private final boolean enabled;

  /**
   * Creates a styler.
   *
   * @param enabled whether escape codes are written
   */
  Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  String bold(String text) {
    return style("1", text);
  }

  String green(String text) {
    return style("32", text);
  }

  String yellow(String text) {
    return style("33", text);
  }

  String cyan(String text) {
    return style("36", text);
  }

  String red(String text) {
    return style("31", text);
  }

  String dim(String text) {
    return style("2", text);
  }

  /**
   * Marks a changed word: red on a terminal, else between brackets.
   *
   * @param text the word
   * @return the marked word
   */
  String mark(String text) {
    return enabled ? red(text) : "[" + text + "]";
  }

  /**
   * Returns the visible length of a marked word.
   *
   * @param text the word
   * @return its length plus the brackets when there are no colours
   */
  int markedLength(String text) {
    return enabled ? text.length() : text.length() + 2;
  }

  private String style(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + RESET : text;
  }
}
