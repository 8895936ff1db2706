package org.wiretrace.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wiretrace.cluster.StoryCluster;

/**
 * Everything found in a set of articles: the articles, their stories and the reuse relations.
 * Rendered by {@link JsonReportWriter} (the stable JSON contract) and {@link TextReportWriter}.
 *
 * @param articles the articles, by id
 * @param stories story clusters, by smallest member id
 * @param relations relations above UNRELATED, by source then derived id
 * @param settings the detector settings that produced the report (seeds, thresholds, model), sorted
 */
public record CorpusReport(
    List<ArticleSummary> articles, List<StoryCluster> stories, List<Relation> relations,
    Map<String, String> settings) {

  /** Copies the collections. */
  public CorpusReport {
    articles = List.copyOf(articles);
    stories = List.copyOf(stories);
    relations = List.copyOf(relations);
    settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
  }
}
