package org.wiretrace.cluster;

import java.util.List;
import java.util.Objects;
import org.wiretrace.model.ArticleId;

/**
 * Articles about the same event, with the reuse graph between them.
 *
 * @param id stable id: {@code story-} plus the smallest article id
 * @param articles member ids, sorted
 * @param links the relations between members (reuse and same-story), sorted by source then derived
 */
public record StoryCluster(String id, List<ArticleId> articles, List<ReuseLink> links) {

  /** Copies the lists. */
  public StoryCluster {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    links = List.copyOf(links);
  }

  /**
   * Creates a cluster without links.
   *
   * @param id the story id
   * @param articles member ids, sorted
   */
  public StoryCluster(String id, List<ArticleId> articles) {
    this(id, articles, List.of());
  }
}
