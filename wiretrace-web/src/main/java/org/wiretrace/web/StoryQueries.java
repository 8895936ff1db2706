package org.wiretrace.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.CorpusReport;

/** Story lists and summaries over the shared analysis. */
final class StoryQueries {

  /** How a story list is ordered. */
  enum Sort {
    /** Largest story first. */
    SIZE,
    /** Most recently published first. */
    TIME
  }

  private StoryQueries() {}

  static List<StorySummary> list(Services services, @Nullable String query, Sort sort) throws IOException {
    StoryCache.Analysis analysis = services.analysis();
    Map<ArticleId, Article> byId = StorySummary.index(analysis.articles());
    List<StorySummary> out = new ArrayList<>();
    for (StoryCluster story : analysis.report().stories()) {
      StorySummary summary = StorySummary.of(story, byId, ReuseQueries.relations(analysis.report(), story));
      if (summary.matches(query)) {
        out.add(summary);
      }
    }
    out.sort(sort == Sort.SIZE ? StorySummary.BY_SIZE_DESC : StorySummary.BY_TIME_DESC);
    return out;
  }

  static StorySummary summary(Services services, StoryCluster story) throws IOException {
    StoryCache.Analysis analysis = services.analysis();
    CorpusReport report = analysis.report();
    return StorySummary.of(story, StorySummary.index(analysis.articles()), ReuseQueries.relations(report, story));
  }
}
