package org.wiretrace.model;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a reader found for one article before text analysis: metadata and the raw body text.
 * {@link org.wiretrace.text.ArticleFactory} turns it into an {@link Article}.
 *
 * @param id given id, or null to derive one from the content
 * @param url URL when known
 * @param title headline when known
 * @param outlet publisher when known
 * @param published publication time from metadata, when known
 * @param text the body text exactly as read
 * @param extra other metadata fields to keep
 * @param origin where it was read from, e.g. {@code feed.jsonl:12}
 */
public record ArticleDraft(
    @Nullable String id,
    @Nullable String url,
    @Nullable String title,
    @Nullable Outlet outlet,
    @Nullable PublishedTime published,
    String text,
    Map<String, String> extra,
    @Nullable String origin) {

  /** Validates the fields. */
  public ArticleDraft {
    Objects.requireNonNull(text, "text");
    extra = Map.copyOf(extra);
  }

  /**
   * Returns a draft holding only a body text and an id.
   *
   * @param id the article id
   * @param text the body text
   * @return the draft
   */
  public static ArticleDraft of(String id, String text) {
    return new ArticleDraft(id, null, null, null, null, text, Map.of(), null);
  }
}
