package org.wiretrace.cluster;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ArticleId;

/**
 * One article's place in its story's provenance tree.
 *
 * @param article the article
 * @param source its most likely direct source in the story, or null for a root (an original, or a copy
 *     whose source is not in the set)
 * @param kind the kind of the reuse relation from {@code source}, e.g. {@code SYNDICATED}; null for a root
 * @param depth 0 for a root, else its source's depth plus 1
 */
public record TreeNode(ArticleId article, @Nullable ArticleId source, @Nullable String kind, int depth) {

  /** Validates the fields. */
  public TreeNode {
    Objects.requireNonNull(article, "article");
    if ((source == null) != (depth == 0)) {
      throw new IllegalArgumentException("tree node " + article + " has source " + source + " at depth " + depth
          + "; a root (depth 0) has no source and every other node has one");
    }
  }
}
