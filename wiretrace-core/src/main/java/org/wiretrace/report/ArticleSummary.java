package org.wiretrace.report;

import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;

/**
 * What a report says about one article.
 *
 * @param id the article id
 * @param title headline, if known
 * @param outlet publisher name, if known
 * @param published ISO publication time, if known
 * @param sentences number of body sentences
 */
public record ArticleSummary(
    ArticleId id, @Nullable String title, @Nullable String outlet, @Nullable String published,
    int sentences) {

  /**
   * Summarises an article.
   *
   * @param article the article
   * @return its summary
   */
  public static ArticleSummary of(Article article) {
    return new ArticleSummary(article.id(), article.title(),
        article.outlet() == null ? null : article.outlet().name(),
        article.published() == null ? null : article.published().iso(),
        article.bodySentences().size());
  }
}
