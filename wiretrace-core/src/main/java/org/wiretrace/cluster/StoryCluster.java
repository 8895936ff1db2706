package org.wiretrace.cluster;

import java.util.List;
import java.util.Objects;
import org.wiretrace.model.ArticleId;

/**
 * Articles about the same event.
 *
 * @param id stable id: {@code story-} plus the smallest article id
 * @param articles member ids, sorted
 */
public record StoryCluster(String id, List<ArticleId> articles) {

  /** Copies the list. */
  public StoryCluster {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
  }
}
