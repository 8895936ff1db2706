package org.wiretrace.cli;

import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;

/**
 * One line of {@code wiretrace list}: the fields a reader scans for, in JSON and in the table.
 *
 * @param id article id
 * @param outlet publisher, when known
 * @param published publication time (ISO-8601), when known
 * @param title headline, when known
 * @param sentences number of body and heading sentences
 */
record ArticleRow(
    String id, @Nullable String outlet, @Nullable String published, @Nullable String title, int sentences) {

  /**
   * Summarises an article.
   *
   * @param article the article
   * @return its row
   */
  static ArticleRow of(Article article) {
    return new ArticleRow(
        article.id().value(),
        article.outlet() == null ? null : article.outlet().name(),
        article.published() == null ? null : article.published().iso(),
        article.title(),
        article.sentences().size());
  }
}
