package org.wiretrace.model;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's original text.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Validates the range.
   *
   * @throws IllegalArgumentException when start is negative or end is before start
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") is invalid; need 0 <= start <= end");
    }
  }

  /**
   * Returns the number of characters covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Returns whether this span shares at least one character with the other.
   *
   * @param other another span of the same text
   * @return true when the ranges overlap
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * Returns whether the other span lies inside this one.
   *
   * @param other another span of the same text
   * @return true when {@code other} is contained
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Returns the smallest span covering both.
   *
   * @param other another span of the same text
   * @return the covering span
   */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * Returns the characters this span covers.
   *
   * @param text the text the span points into
   * @return the substring
   * @throws IllegalArgumentException when the span runs past the end of the text
   */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") runs past the text's " + text.length() + " characters");
    }
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
