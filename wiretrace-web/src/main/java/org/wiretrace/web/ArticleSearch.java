package org.wiretrace.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;

/** Plain substring search over an article's id, title, outlet and text, case-insensitive. */
final class ArticleSearch {

  private ArticleSearch() {}

  static boolean matches(Article article, @Nullable String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String q = query.strip().toLowerCase(Locale.ROOT);
    return contains(article.id().value(), q) || contains(article.title(), q)
        || contains(article.outlet() == null ? null : article.outlet().name(), q) || contains(article.text(), q);
  }

  /**
   * Returns whether the article's id or title holds a lower-case query.
   *
   * @param article the article
   * @param lowerQuery the query, already lower case
   * @return true when found
   */
  static boolean matchesTitle(Article article, String lowerQuery) {
    return contains(article.id().value(), lowerQuery) || contains(article.title(), lowerQuery);
  }

  private static boolean contains(@Nullable String field, String q) {
    return field != null && field.toLowerCase(Locale.ROOT).contains(q);
  }
}
