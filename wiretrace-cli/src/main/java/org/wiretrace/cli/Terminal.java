package org.wiretrace.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Finds out whether the process talks to a person at a terminal. */
final class Terminal {

  private Terminal() {}

  /**
   * Returns whether standard input and output are a terminal. From JDK 22 {@link System#console()}
   * is non-null even when redirected, so {@code Console.isTerminal()} (JDK 22+) is asked too; it is
   * called reflectively because the code is compiled for release 21.
   *
   * @return true when interactive
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a non-null console means a terminal
    }
  }
}
