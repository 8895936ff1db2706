package org.wiretrace.cluster;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ArticleId;

/**
 * Articles about the same event, with the reuse graph between them and its provenance tree.
 *
 * @param id stable id: {@code story-} plus the smallest article id
 * @param articles member ids, sorted
 * @param links the relations between members (reuse and same-story), sorted by source then derived
 * @param title the story's name: the headline of its central article (the original most members
 *     derive from), else of its earliest; null when no member has a headline
 * @param tree every member once, depth first from the roots (the most copied first), each with its
 *     most likely direct source; empty when not built
 * @param siblings reuse links between copies of one source, explained by it ({@code via}), sorted
 */
public record StoryCluster(String id, List<ArticleId> articles, List<ReuseLink> links, @Nullable String title,
    List<TreeNode> tree, List<SiblingLink> siblings) {

  /** Copies the lists. */
  public StoryCluster {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    links = List.copyOf(links);
    tree = List.copyOf(tree);
    siblings = List.copyOf(siblings);
  }

  /**
   * Creates a cluster without a name or provenance tree.
   *
   * @param id the story id
   * @param articles member ids, sorted
   * @param links the relations between members
   */
  public StoryCluster(String id, List<ArticleId> articles, List<ReuseLink> links) {
    this(id, articles, links, null, List.of(), List.of());
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

  /**
   * Returns this cluster with a name and provenance tree.
   *
   * @param name the story's name, or null
   * @param nodes the tree nodes, depth first
   * @param siblingLinks the links between copies of one source
   * @return the new cluster
   */
  public StoryCluster withTree(@Nullable String name, List<TreeNode> nodes, List<SiblingLink> siblingLinks) {
    return new StoryCluster(id, articles, links, name, nodes, siblingLinks);
  }
}
