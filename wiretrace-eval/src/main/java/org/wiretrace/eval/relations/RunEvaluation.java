package org.wiretrace.eval.relations;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A whole run scored against true relations: the pair scores of {@link RelationEvaluation}, the
 * per-kind scores of {@link KindScoring}, and the story clustering quality. True stories are the
 * connected components of the labelled pairs (SAME_STORY included); predicted stories are the
 * detector's own stories when given, else the connected components of the predicted relations (any
 * kind above UNRELATED); articles in no relation are singletons. The items are every article of the run plus
 * every id named by a label or a prediction, so {@code n} is the number of articles scored.
 *
 * @param pairs reuse pair scores (direction, kind accuracy, confusion)
 * @param kinds per-kind precision, recall and F1
 * @param macroF1 mean F1 over the kinds
 * @param ari adjusted Rand index of predicted vs true stories
 * @param n articles clustered
 * @param largestPredicted members of the largest predicted story
 * @param largestTrue members of the largest true story
 */
public record RunEvaluation(RelationScores pairs, List<KindScore> kinds, double macroF1, double ari, int n,
    int largestPredicted, int largestTrue) {

  /** Copies the list. */
  public RunEvaluation {
    kinds = List.copyOf(kinds);
  }

  /**
   * Scores a run.
   *
   * @param truth the labels
   * @param predicted the run's relations
   * @param articles ids of the run's articles (may be empty when only relations are known)
   * @return the scores
   */
  public static RunEvaluation of(List<RelationLabel> truth, List<RelationLabel> predicted, Collection<String> articles) {
    return of(truth, predicted, articles, Map.of());
  }

  /**
   * Scores a run whose detector reported its own stories (grouping is not the components of its
   * relations once it can refuse a weak link).
   *
   * @param truth the labels
   * @param predicted the run's relations
   * @param articles ids of the run's articles (may be empty when only relations are known)
   * @param storyOf the run's story id per article id; empty to use the components of {@code predicted}
   * @return the scores
   */
  public static RunEvaluation of(List<RelationLabel> truth, List<RelationLabel> predicted, Collection<String> articles,
      Map<String, String> storyOf) {
    TreeSet<String> items = new TreeSet<>(articles);
    truth.forEach(l -> items.addAll(List.of(l.source(), l.derived())));
    predicted.forEach(l -> items.addAll(List.of(l.source(), l.derived())));
    Map<String, String> trueStories = AdjustedRand.stories(items, truth);
    Map<String, String> predictedStories = storyOf.isEmpty() ? AdjustedRand.stories(items, predicted)
        : reported(items, storyOf);
    List<KindScore> kinds = KindScoring.score(truth, predicted);
    return new RunEvaluation(RelationEvaluation.score(truth, predicted), kinds, KindScoring.macroF1(kinds),
        AdjustedRand.index(trueStories, predictedStories), items.size(), largest(predictedStories),
        largest(trueStories));
  }

  private static Map<String, String> reported(TreeSet<String> items, Map<String, String> storyOf) {
    Map<String, String> out = new java.util.TreeMap<>();
    items.forEach(i -> out.put(i, storyOf.getOrDefault(i, "own:" + i)));
    return out;
  }

  private static int largest(Map<String, String> storyOfItem) {
    Map<String, Integer> sizes = new java.util.HashMap<>();
    storyOfItem.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
    return sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /**
   * Prints the pair report, the per-kind table, and last {@link #summary()}.
   *
   * @param out where to print
   */
  public void print(PrintStream out) {
    RelationEvaluation.print(pairs, out);
    out.println("per kind (pair counts for K when labelled K / predicted K; direction ignored):");
    out.printf(Locale.ROOT, "  %-12s %8s %9s %7s %9s %7s %7s%n", "kind", "labelled", "predicted", "correct",
        "precision", "recall", "f1");
    for (KindScore k : kinds) {
      out.printf(Locale.ROOT, "  %-12s %8d %9d %7d %9.3f %7.3f %7.3f%n", k.kind(), k.labelled(), k.predicted(),
          k.correct(), k.precision(), k.recall(), k.f1());
    }
    out.printf(Locale.ROOT, "stories: adjusted Rand index %.3f over %d articles%n", ari, n);
    out.printf(Locale.ROOT, "stories: largest predicted %d articles, largest true %d%n", largestPredicted,
        largestTrue);
    out.println(summary());
  }

  /**
   * Returns the last line.
   *
   * @return {@code macro_f1=F ari=A n=N}
   */
  public String summary() {
    return String.format(Locale.ROOT, "macro_f1=%.3f ari=%.3f n=%d", macroF1, ari, n);
  }
}
