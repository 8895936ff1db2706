package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.cluster.DisjointSets;
import org.wiretrace.model.ArticleId;

/**
 * How much two articles share the names that single out one event: an overlap of their names where
 * each name weighs by how rare it is outside the two articles' reuse families, a form of inverse
 * document frequency (Sparck Jones 1972) used for news event detection over named entities
 * (Kumaran and Allan, SIGIR 2004; Miranda et al., EMNLP 2018).
 *
 * <p>A story is one event: who, what, where, when. Events of one beat (several cases at one court,
 * several matches of one league) share the organisation, the region, weekdays and stock words, and
 * these names recur in the reports of the beat's other events; the people, the town and the venue of
 * one event recur only in its own reports and their copies. So a name {@code n} weighs
 * {@code w(n) = 1 / (1 + k)^2}, where {@code k} is the number of articles of the run that mention it
 * outside the two articles' reuse families (a wire story and its confident copies): copies of either
 * article do not make its names common, other events do. The overlap is
 * {@code sum of w over the shared names / min(sum of w over each article's names)}, the overlap
 * coefficient (Szymkiewicz–Simpson), so a short report that names only part of what a long one names
 * still counts as the same event. In a run of one event every {@code k} is 0 and the overlap is the
 * plain overlap of names. For a same-story judgement the denominator is at least 1, the weight of one
 * name no other article names: shared names that are all common (a fund family's notices, one
 * agency's daily statistics) are no evidence of one event however short the items are.
 *
 * <p>The squared rarity sharpens the contrast: a beat's organisation, named by a few other events'
 * reports ({@code k} = 3: weight 1/16), hardly counts next to a person named only by this event's
 * reports (weight 1). Counts come from the whole run ({@link NameCounts}), families from the
 * relations being grouped. Not thread-safe (families' name counts are cached).
 */
final class EventNames {

  private final NameCounts counts;
  private final Map<ArticleId, ArticleId> family = new HashMap<>();
  private final Map<ArticleId, List<ArticleAnalysis>> members = new HashMap<>();
  private final Map<ArticleId, Map<Long, Integer>> familyNames = new HashMap<>();

  /**
   * Prepares the overlap for a run.
   *
   * @param analyses the articles being grouped, sorted by id
   * @param strong pairs of articles joined by confident reuse (each a two-element array)
   * @param counts how many articles of the whole run mention each name
   */
  EventNames(List<ArticleAnalysis> analyses, List<ArticleId[]> strong, NameCounts counts) {
    this.counts = counts;
    Map<ArticleId, Integer> position = new HashMap<>();
    for (int i = 0; i < analyses.size(); i++) {
      position.put(analyses.get(i).article().id(), i);
    }
    DisjointSets sets = new DisjointSets(analyses.size());
    strong.forEach(p -> sets.union(position.get(p[0]), position.get(p[1])));
    for (ArticleAnalysis a : analyses) {
      ArticleId root = analyses.get(sets.find(position.get(a.article().id()))).article().id();
      family.put(a.article().id(), root);
      members.computeIfAbsent(root, k -> new ArrayList<>()).add(a);
    }
  }

  /**
   * Returns the rarity-weighted overlap of two articles' names, in [0, 1]: the weight of the shared
   * names over the smaller article's weight, or over {@code minEvidence} when that is larger (so that
   * two short items naming only common names, e.g. one fund family's daily notices, do not share a
   * full overlap of almost nothing).
   *
   * @param a one article
   * @param b another article
   * @param minEvidence least denominator, in names that no other article of the run mentions
   * @return 1 when either article has no names (nothing to judge by)
   */
  double overlap(ArticleAnalysis a, ArticleAnalysis b, double minEvidence) {
    if (a.entities().length == 0 || b.entities().length == 0) {
      return 1;
    }
    Map<Long, Integer> fa = names(family.get(a.article().id()));
    ArticleId rootB = family.get(b.article().id());
    // Both articles in one family: count its members once.
    Map<Long, Integer> fb = rootB.equals(family.get(a.article().id())) ? Map.of() : names(rootB);
    double least = Math.max(minEvidence, Math.min(weight(a.entities(), fa, fb), weight(b.entities(), fa, fb)));
    return Math.min(1, weight(SentenceProfile.intersect(a.entities(), b.entities()), fa, fb) / least);
  }

  private double weight(long[] names, Map<Long, Integer> fa, Map<Long, Integer> fb) {
    double sum = 0;
    for (long n : names) {
      sum += weight(n, fa, fb);
    }
    return sum;
  }

  /** {@code 1 / (1 + k)^2}, k = articles naming it outside the two families. */
  private double weight(long name, Map<Long, Integer> fa, Map<Long, Integer> fb) {
    int own = fa.getOrDefault(name, 0) + fb.getOrDefault(name, 0);
    double outside = Math.max(0, counts.count(name) - own);
    return 1 / ((1 + outside) * (1 + outside));
  }

  /** How many members of a family mention each name. */
  private Map<Long, Integer> names(ArticleId root) {
    return familyNames.computeIfAbsent(root, r -> {
      Map<Long, Integer> out = new HashMap<>();
      for (ArticleAnalysis m : members.get(r)) {
        for (long n : m.entities()) {
          out.merge(n, 1, Integer::sum);
        }
      }
      return out;
    });
  }
}
