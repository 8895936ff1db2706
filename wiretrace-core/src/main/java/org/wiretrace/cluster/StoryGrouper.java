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
   * @param links relations judged to be about the same event (reuse or same story)
   * @return the clusters, singletons included, each with its links
   */
  public List<StoryCluster> group(List<ArticleId> articles, List<ReuseLink> links) {
    List<ArticleId> ids = new ArrayList<>(articles);
    ids.sort(null);
    Map<ArticleId, Integer> position = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    DisjointSets sets = new DisjointSets(ids.size());
    for (ReuseLink link : links) {
      Integer a = position.get(link.source());
      Integer b = position.get(link.derived());
      if (a != null && b != null) {
        sets.union(a, b);
      }
    }
    return clusters(ids, sets, links, position);
  }

  private static List<StoryCluster> clusters(List<ArticleId> ids, DisjointSets sets, List<ReuseLink> links,
      Map<ArticleId, Integer> position) {
    Map<Integer, List<ArticleId>> byRoot = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(ids.get(i));
    }
    List<StoryCluster> out = new ArrayList<>();
    Map<Integer, List<ReuseLink>> linksByRoot = new TreeMap<>();
    for (ReuseLink link : links) {
      Integer a = position.get(link.source());
      if (a != null && position.containsKey(link.derived())) {
        linksByRoot.computeIfAbsent(sets.find(a), k -> new ArrayList<>()).add(link);
      }
    }
    for (Map.Entry<Integer, List<ArticleId>> e : byRoot.entrySet()) {
      List<ReuseLink> own = new ArrayList<>(linksByRoot.getOrDefault(e.getKey(), List.of()));
      own.sort(java.util.Comparator.comparing(ReuseLink::source).thenComparing(ReuseLink::derived));
      out.add(new StoryCluster("story-" + e.getValue().getFirst().value(), e.getValue(), own));
    }
    out.sort(java.util.Comparator.comparing(c -> c.articles().getFirst()));
    return out;
  }
}
