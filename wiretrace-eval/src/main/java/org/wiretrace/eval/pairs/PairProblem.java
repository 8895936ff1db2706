package org.wiretrace.eval.pairs;

/**
 * A malformed line that was skipped while reading a pair file.
 *
 * @param line the 1-based line number
 * @param reason what is wrong with it
 */
public record PairProblem(int line, String reason) {

  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
