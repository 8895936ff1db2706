package org.wiretrace.web;

import org.wiretrace.model.ArticleId;

/** Turns ids from requests into {@link ArticleId}s, as 400s when invalid. */
final class Ids {

  private Ids() {}

  static ArticleId parse(String id) {
    try {
      return ArticleId.of(id);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
