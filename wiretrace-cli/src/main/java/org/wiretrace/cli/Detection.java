package org.wiretrace.cli;

/** The detector settings the commands run with. */
final class Detection {

  private Detection() {}

  /**
   * Returns the sketch parameters stamp written into (and checked against) the store's candidate
   * index.
   *
   * @return the stamp
   */
  static String paramsStamp() {
    return "unset";
  }
}
