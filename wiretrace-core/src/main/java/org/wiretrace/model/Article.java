package org.wiretrace.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A news article as stored: its original text plus what ingest found in it.
 *
 * <p>All spans (paragraphs, sentences, stripped chrome) point into {@link #text()}, which is kept
 * exactly as given, so every finding can be shown in the words the outlet published.
 *
 * @param id stable id
 * @param url canonical URL when known
 * @param title headline when known
 * @param outlet publisher when known (given, or derived from the URL host)
 * @param published publication time when known (from metadata, or found in the text)
 * @param text the original body text, unchanged
 * @param paragraphs spans of the cleaned paragraphs, in order
 * @param sentences the cleaned body's sentences, in order
 * @param stripped site chrome removed from the cleaned text
 * @param extra other metadata fields kept from the input (sorted by key)
 * @param origin where the article was read from, e.g. {@code feed.jsonl:12}
 */
public record Article(
    ArticleId id,
    @Nullable String url,
    @Nullable String title,
    @Nullable Outlet outlet,
    @Nullable PublishedTime published,
    String text,
    List<Span> paragraphs,
    List<Sentence> sentences,
    List<StrippedChrome> stripped,
    Map<String, String> extra,
    @Nullable String origin) {

  /** Validates spans and makes the collections immutable. */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    stripped = List.copyOf(stripped);
    extra = java.util.Collections.unmodifiableMap(new TreeMap<>(extra));
    for (Sentence s : sentences) {
      if (s.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "sentence " + s.index() + " of article " + id + " ends at " + s.span().end()
                + ", past the text's " + text.length() + " characters");
      }
    }
  }

  /**
   * Returns the cleaned text: the paragraphs joined by blank lines, chrome left out.
   *
   * @return the cleaned body text
   */
  public String cleanedText() {
    StringBuilder out = new StringBuilder(text.length());
    for (Span p : paragraphs) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(p.of(text));
    }
    return out.toString();
  }

  /**
   * Returns the text as analysis reads it: the original with each sentence's text (its reading
   * view: wrapped lines joined, TeX quotes folded) in place of its span. Of the same length as
   * {@link #text()}, so every span means the same in both.
   *
   * @return the reading text
   */
  public String readingText() {
    char[] chars = null;
    for (Sentence s : sentences) {
      if (!s.text().regionMatches(0, text, s.span().start(), s.span().length())) {
        chars = chars == null ? text.toCharArray() : chars;
        s.text().getChars(0, s.text().length(), chars, s.span().start());
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * Returns the sentences that are body text, not headings.
   *
   * @return body sentences in order
   */
  public List<Sentence> bodySentences() {
    List<Sentence> body = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      if (!s.heading()) {
        body.add(s);
      }
    }
    return body;
  }

  /** Orders articles by id, the order used in every report. */
  public static final Comparator<Article> BY_ID = Comparator.comparing(Article::id);
}
