package org.wiretrace.text;

import java.util.Objects;
import org.wiretrace.model.Span;

/**
 * One word or number of an article, located in the original text.
 *
 * @param span offsets into the article's original text
 * @param norm the normalised form: case-folded with {@code Locale.ROOT}, quotes and dashes folded,
 *     hyphens and apostrophes removed, digits kept ({@code re-elect} → {@code reelect})
 * @param stem the stem of {@code norm} (see {@link Stemmer}); numbers keep their normalised value
 * @param number true when the token is a number ({@code 4-1/2}, {@code 350,000}, {@code 155})
 * @param capitalized true when the original starts with an upper-case letter
 * @param stopword true when {@code norm} is a function word (see {@link Stopwords})
 * @param quoted true when the token lies inside quotation marks
 */
public record Token(
    Span span, String norm, String stem, boolean number, boolean capitalized, boolean stopword,
    boolean quoted) {

  /** Validates the fields. */
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(stem, "stem");
  }

  /**
   * Returns a well-mixed 64-bit hash of the stem (cheap: {@code String.hashCode} is cached).
   *
   * @return the stem hash
   */
  public long stemHash() {
    long z = stem.hashCode() * 0x9e3779b97f4a7c15L + 0x632be59bd9b4e019L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns whether this token names something specific: a number, or a capitalised word that is not
   * a function word. Such anchors tend to survive paraphrase and spinning.
   *
   * @param sentenceInitial true when the token opens its sentence (capitals there prove nothing)
   * @return true for an anchor
   */
  public boolean anchor(boolean sentenceInitial) {
    return number || capitalized && !stopword && !sentenceInitial && norm.length() > 1;
  }
}
