package org.wiretrace.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.wiretrace.model.ArticleId;

/**
 * Builds story clusters from same-story links by average-linkage agglomerative clustering over the
 * sparse link graph (UPGMA, Sokal and Michener 1958; used for news event clustering in the spirit of
 * Miranda et al., EMNLP 2018, "Multilingual clustering of streaming news"). Two clusters merge only
 * while the mean link weight over all their cross pairs (a missing link counts 0) stays at or above a
 * threshold, starting from the groups that confident reuse links join outright; so one weak link can no longer chain two events into one story the way connected
 * components did: a wire story and its copies (linked to each other) group, two different matches
 * joined by one same-topic link do not.
 *
 * <p>Merges go best first, ties broken by the smallest member ids; the result depends only on the set
 * of ids and links, not on their order. Output is sorted: members by id, clusters by their smallest id.
 * Each cluster keeps only the links between its own members.
 */
public final class StoryGrouper {

  /**
   * Default merge threshold: a lone reuse link to a pair (mean 1/2) merges, one link between two pairs
   * (1/4) does not, nor a same-topic group whose cross pairs are only partly linked at middling confidence.
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /**
   * Reuse links at or above this confidence join their articles outright (strong evidence of one event,
   * as a copy is of its source); weaker links and same-story judgements only count in the average.
   */
  public static final double STRONG_REUSE = 0.9;

  private final double threshold;

  /** Creates a grouper with {@link #DEFAULT_THRESHOLD}. */
  public StoryGrouper() {
    this(DEFAULT_THRESHOLD);
  }

  /**
   * Creates a grouper.
   *
   * @param threshold least mean cross-pair link weight for two clusters to merge, in (0, 1]
   */
  public StoryGrouper(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("story merge threshold " + threshold
          + " must be in (0, 1]; the default is " + DEFAULT_THRESHOLD);
    }
    this.threshold = threshold;
  }

  /**
   * Groups articles.
   *
   * @param articles all article ids
   * @param links relations judged to be about the same event (reuse or same story)
   * @return the clusters, singletons included, each with the links between its members
   */
  public List<StoryCluster> group(List<ArticleId> articles, List<ReuseLink> links) {
    List<ArticleId> ids = new ArrayList<>(articles);
    ids.sort(null);
    Map<ArticleId, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    DisjointSets sets = new DisjointSets(ids.size());
    new Agglomeration(ids.size(), threshold, sets).run(weights(links, position), strongReuse(links, position));
    return clusters(ids, sets, links, position);
  }

  /** Single-linkage groups of confident reuse: a wire story and each of its copies, siblings or not. */
  private static DisjointSets strongReuse(List<ReuseLink> links, Map<ArticleId, Integer> position) {
    DisjointSets strong = new DisjointSets(position.size());
    for (ReuseLink link : links) {
      Integer a = position.get(link.source());
      Integer b = position.get(link.derived());
      if (a != null && b != null && !"SAME_STORY".equals(link.kind()) && link.weight() >= STRONG_REUSE) {
        strong.union(a, b);
      }
    }
    return strong;
  }

  private static Map<Integer, Map<Integer, Double>> weights(List<ReuseLink> links, Map<ArticleId, Integer> position) {
    Map<Integer, Map<Integer, Double>> out = new HashMap<>();
    for (ReuseLink link : links) {
      Integer a = position.get(link.source());
      Integer b = position.get(link.derived());
      if (a != null && b != null && !a.equals(b)) {
        out.computeIfAbsent(a, k -> new HashMap<>()).merge(b, link.weight(), Math::max);
        out.computeIfAbsent(b, k -> new HashMap<>()).merge(a, link.weight(), Math::max);
      }
    }
    return out;
  }

  /** Best-first average-linkage merging with a lazily invalidated queue of cluster pairs. */
  private static final class Agglomeration {
    private final int[] size;
    private final int[] version;
    private final double threshold;
    private final DisjointSets sets;
    private final Map<Integer, Map<Integer, Double>> sums = new HashMap<>();
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator
        .comparingDouble((Candidate c) -> -c.mean).thenComparingInt(c -> c.a).thenComparingInt(c -> c.b));

    Agglomeration(int n, double threshold, DisjointSets sets) {
      this.size = new int[n];
      this.version = new int[n];
      this.threshold = threshold;
      this.sets = sets;
    }

    void run(Map<Integer, Map<Integer, Double>> weights, DisjointSets strong) {
      java.util.Arrays.fill(size, 0);
      for (int i = 0; i < size.length; i++) {
        int root = strong.find(i);
        size[root]++;
        sets.union(root, i);
      }
      weights.forEach((a, row) -> row.forEach((b, w) -> {
        int ra = strong.find(a);
        int rb = strong.find(b);
        if (ra != rb) {
          sums.computeIfAbsent(ra, k -> new HashMap<>()).merge(rb, w, Double::sum);
        }
      }));
      sums.forEach((a, row) -> row.forEach((b, w) -> {
        if (a < b) {
          offer(a, b, w);
        }
      }));
      while (!queue.isEmpty()) {
        Candidate c = queue.poll();
        if (c.mean >= threshold && version[c.a] == c.va && version[c.b] == c.vb) {
          merge(c.a, c.b);
        }
      }
    }

    private void offer(int a, int b, double sum) {
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      double mean = sum / ((double) size[lo] * size[hi]);
      if (mean >= threshold) {
        queue.add(new Candidate(lo, hi, version[lo], version[hi], mean));
      }
    }

    private void merge(int keep, int gone) {
      sets.union(keep, gone);
      Map<Integer, Double> kept = sums.computeIfAbsent(keep, k -> new HashMap<>());
      Map<Integer, Double> removed = sums.remove(gone);
      kept.remove(gone);
      removed.remove(keep);
      removed.forEach((c, w) -> kept.merge(c, w, Double::sum));
      size[keep] += size[gone];
      version[keep]++;
      version[gone]++;
      for (Map.Entry<Integer, Double> e : kept.entrySet()) {
        Map<Integer, Double> row = sums.get(e.getKey());
        row.remove(gone);
        row.put(keep, e.getValue());
        offer(keep, e.getKey(), e.getValue());
      }
    }
  }

  private record Candidate(int a, int b, int va, int vb, double mean) {}

  private static List<StoryCluster> clusters(List<ArticleId> ids, DisjointSets sets, List<ReuseLink> links,
      Map<ArticleId, Integer> position) {
    Map<Integer, List<ArticleId>> byRoot = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(ids.get(i));
    }
    Map<Integer, List<ReuseLink>> linksByRoot = new TreeMap<>();
    for (ReuseLink link : links) {
      Integer a = position.get(link.source());
      Integer b = position.get(link.derived());
      if (a != null && b != null && sets.find(a) == sets.find(b)) {
        linksByRoot.computeIfAbsent(sets.find(a), k -> new ArrayList<>()).add(link);
      }
    }
    List<StoryCluster> out = new ArrayList<>();
    for (Map.Entry<Integer, List<ArticleId>> e : byRoot.entrySet()) {
      List<ReuseLink> own = new ArrayList<>(linksByRoot.getOrDefault(e.getKey(), List.of()));
      own.sort(Comparator.comparing(ReuseLink::source).thenComparing(ReuseLink::derived));
      out.add(new StoryCluster("story-" + e.getValue().getFirst().value(), e.getValue(), own));
    }
    out.sort(Comparator.comparing(c -> c.articles().getFirst()));
    return out;
  }
}
