package org.wiretrace.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wiretrace.cluster.SiblingLink;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.model.ArticleId;

/**
 * Looks up, for a relation, the common source it is a sibling link through ({@code via}), from the
 * stories' provenance trees. Used by the writers, which list such links under their source rather than
 * as relations of their own.
 */
public final class SiblingIndex {

  private final Map<String, ArticleId> via = new HashMap<>();

  /**
   * Indexes the sibling links of a report's stories.
   *
   * @param report the report
   */
  public SiblingIndex(CorpusReport report) {
    this(report.stories());
  }

  /**
   * Indexes the sibling links of some stories.
   *
   * @param stories the stories, e.g. the one a page shows
   */
  public SiblingIndex(Collection<StoryCluster> stories) {
    for (StoryCluster s : stories) {
      for (SiblingLink l : s.siblings()) {
        via.put(ArticleId.pairKey(l.first(), l.second()), l.via());
      }
    }
  }

  /**
   * Returns the common source through which a relation's two articles share text, or null when the
   * relation is not a sibling link.
   *
   * @param r the relation
   * @return the common source, or null
   */
  public @Nullable ArticleId via(Relation r) {
    return via.get(ArticleId.pairKey(r.source(), r.derived()));
  }
}
