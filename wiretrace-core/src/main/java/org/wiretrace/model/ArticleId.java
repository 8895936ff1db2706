package org.wiretrace.model;

import java.util.Objects;

/**
 * Stable identifier of an article: the id given by the input (file name, JSONL "id", WARC record id)
 * or, when none is given, a hash of the article's content.
 *
 * @param value non-blank identifier without control characters
 */
public record ArticleId(String value) implements Comparable<ArticleId> {

  /** Longest id accepted; longer ids usually mean a whole text was passed by mistake. */
  public static final int MAX_LENGTH = 512;

  /**
   * Validates the id.
   *
   * @throws IllegalArgumentException when the value is blank, too long or holds control characters
   */
  public ArticleId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("article id is blank; give each article a non-empty id");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "article id has " + value.length() + " characters, more than " + MAX_LENGTH
              + "; use a shorter id (a URL or file name, not the text)");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "article id '" + value.replaceAll("\\p{Cntrl}", "?") + "' contains control characters; remove them");
    }
  }

  /**
   * Returns the id for a string value.
   *
   * @param value the id text
   * @return the id
   */
  public static ArticleId of(String value) {
    return new ArticleId(value);
  }

  /**
   * Returns a key for the unordered pair of two ids: the lower id, a NUL, the higher id, so that
   * {@code (a, b)} and {@code (b, a)} give the same key.
   *
   * @param a one id
   * @param b the other
   * @return the key
   */
  public static String pairKey(ArticleId a, ArticleId b) {
    return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  @Override
  public int compareTo(ArticleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
