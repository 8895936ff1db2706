package org.wiretrace.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wiretrace.model.ArticleId;

/**
 * Builds story clusters from same-story links: the connected components of the link graph
 * (single linkage). Each link is a verified judgement that two articles report the same event (a
 * reuse relation, or shared names plus close vectors and times), so chaining is what we want: a wire
 * story, its rewrite and the rewrite's rewrite belong together even when the ends share little.
 * Output is sorted: members by id, clusters by their smallest id. Deterministic.
 */
public final class StoryGrouper {

  /**
   * Groups articles.
   *
   * @param articles all article ids
   * @param links pairs of ids judged to be about the same event
   * @return the clusters, singletons included
   */
  public List<StoryCluster> group(List<ArticleId> articles, List<ArticleId[]> links) {
    List<ArticleId> ids = new ArrayList<>(articles);
    ids.sort(null);
    Map<ArticleId, Integer> position = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    DisjointSets sets = new DisjointSets(ids.size());
    for (ArticleId[] link : links) {
      Integer a = position.get(link[0]);
      Integer b = position.get(link[1]);
      if (a != null && b != null) {
        sets.union(a, b);
      }
    }
    return clusters(ids, sets);
  }

  private static List<StoryCluster> clusters(List<ArticleId> ids, DisjointSets sets) {
    Map<Integer, List<ArticleId>> byRoot = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(ids.get(i));
    }
    List<StoryCluster> out = new ArrayList<>();
    for (List<ArticleId> members : byRoot.values()) {
      out.add(new StoryCluster("story-" + members.getFirst().value(), members));
    }
    out.sort(java.util.Comparator.comparing(c -> c.articles().getFirst()));
    return out;
  }
}
