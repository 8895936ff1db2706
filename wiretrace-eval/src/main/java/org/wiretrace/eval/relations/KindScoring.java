package org.wiretrace.eval.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/*
 * Per-kind scoring. A pair (two article ids, direction ignored) counts for kind K when it is
 * labelled K (recall) or predicted K (precision); the first relation given for a pair wins. Every
 * predicted reuse pair (above SAME_STORY) is scored, so an unlabelled one is a false positive of its
 * kind. A predicted SAME_STORY pair is scored only when the pair is labelled (with any kind): labels
 * need not list every pair about the same event, so an unlabelled SAME_STORY prediction is neither
 * right nor wrong. Direction does not enter the kind scores; RelationEvaluation reports it apart
 * (direction accuracy of the found reuse pairs). Macro F1 averages F1 over the kinds that are
 * labelled or predicted at least once, each kind weighing the same.
 */
/** Scores each relation kind: precision, recall, F1, and their macro average. */
public final class KindScoring {

  /** The kinds in table order; others follow sorted. */
  private static final List<String> ORDER =
      List.of("DUPLICATE", "SYNDICATED", "PARAPHRASED", "SPUN", "PARTIAL", "SAME_STORY");

  private KindScoring() {}

  /**
   * Scores each kind that is labelled or predicted.
   *
   * @param truth the labels
   * @param predicted the run's relations (UNRELATED ignored)
   * @return one score per kind, in table order
   */
  public static List<KindScore> score(List<RelationLabel> truth, List<RelationLabel> predicted) {
    Map<String, String> trueKind = kinds(truth);
    Map<String, String> predictedKind = kinds(predicted);
    Map<String, int[]> counts = new TreeMap<>();
    trueKind.forEach((pair, kind) -> counts.computeIfAbsent(kind, k -> new int[3])[0]++);
    predictedKind.forEach((pair, kind) -> countPrediction(counts, pair, kind, trueKind));
    List<KindScore> out = new ArrayList<>();
    for (String kind : ordered(counts.keySet())) {
      int[] c = counts.get(kind);
      out.add(new KindScore(kind, c[0], c[1], c[2]));
    }
    return out;
  }

  /**
   * Returns the mean F1 over the given kinds.
   *
   * @param kinds per-kind scores
   * @return macro F1, 0 when there are no kinds
   */
  public static double macroF1(List<KindScore> kinds) {
    return kinds.stream().mapToDouble(KindScore::f1).average().orElse(0);
  }

  private static void countPrediction(Map<String, int[]> counts, String pair, String kind, Map<String, String> truth) {
    String label = truth.get(pair);
    if (kind.equals("SAME_STORY") && label == null) {
      return;
    }
    int[] c = counts.computeIfAbsent(kind, k -> new int[3]);
    c[1]++;
    c[2] += kind.equals(label) ? 1 : 0;
  }

  /** Pair key to kind, first relation per pair, UNRELATED left out. */
  private static Map<String, String> kinds(List<RelationLabel> relations) {
    Map<String, String> out = new TreeMap<>();
    for (RelationLabel r : relations) {
      if (!r.kind().equals("UNRELATED")) {
        out.putIfAbsent(r.pairKey(), r.kind());
      }
    }
    return out;
  }

  private static List<String> ordered(Set<String> kinds) {
    List<String> out = new ArrayList<>(ORDER.stream().filter(kinds::contains).toList());
    Set<String> rest = new TreeSet<>(kinds);
    ORDER.forEach(rest::remove);
    out.addAll(rest);
    return out;
  }
}
