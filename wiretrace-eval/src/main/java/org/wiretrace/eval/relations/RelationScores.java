package org.wiretrace.eval.relations;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * The scores of one run against true relations.
 *
 * @param trueReuse true reuse pairs (direction ignored)
 * @param predictedReuse predicted reuse pairs
 * @param found true reuse pairs that were predicted as reuse
 * @param indirect predicted reuse pairs that are not labelled but lie inside one labelled reuse
 *     family (two copies of the same source, or a copy of a copy): not wrong, not asked for
 * @param viaInFamily the indirect pairs the run itself reported as a link {@code via} a common source
 *     (not a direct reuse claim): left out of the strict precision as well
 * @param sameStoryAsReuse labelled same-story pairs predicted as reuse
 * @param directionCorrect found pairs whose predicted source is the true source
 * @param kindCorrect found pairs whose predicted kind is the true kind
 * @param trueSameStory labelled same-story pairs
 * @param sameStoryFound labelled same-story pairs predicted as SAME_STORY
 * @param confusion true kind, then predicted kind ({@code MISSED} when not predicted), then count
 * @param misses true reuse pairs not found, as text
 * @param falseReuse predicted reuse pairs that are neither labelled nor indirect, as text
 */
public record RelationScores(
    int trueReuse, int predictedReuse, int found, int indirect, int viaInFamily, int sameStoryAsReuse, int directionCorrect,
    int kindCorrect, int trueSameStory, int sameStoryFound, SortedMap<String, SortedMap<String, Integer>> confusion,
    List<String> misses, List<String> falseReuse) {

  /** Copies the lists. */
  public RelationScores {
    misses = List.copyOf(misses);
    falseReuse = List.copyOf(falseReuse);
  }

  /**
   * Returns the share of the run's direct reuse claims that are labelled reuse: every predicted
   * reuse pair counts, except links the run itself marked {@code via} a common source inside one
   * labelled family.
   *
   * @return precision, 0 when nothing was predicted
   */
  public double precision() {
    return ratio(found, predictedReuse - viaInFamily);
  }

  /**
   * Returns precision leaving out the indirect pairs (copies of one source linked to each other).
   *
   * @return the lenient precision
   */
  public double lenientPrecision() {
    return ratio(found, predictedReuse - indirect);
  }

  /**
   * Returns the share of labelled reuse pairs predicted as reuse.
   *
   * @return recall, 0 when nothing is labelled
   */
  public double recall() {
    return ratio(found, trueReuse);
  }

  /**
   * Returns the harmonic mean of precision and recall.
   *
   * @return F1
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Returns the share of found pairs with the right source.
   *
   * @return direction accuracy
   */
  public double directionAccuracy() {
    return ratio(directionCorrect, found);
  }

  /**
   * Returns the share of found pairs with the right kind.
   *
   * @return kind accuracy
   */
  public double kindAccuracy() {
    return ratio(kindCorrect, found);
  }

  /**
   * Returns the share of labelled same-story pairs predicted as SAME_STORY.
   *
   * @return same-story recall
   */
  public double sameStoryRecall() {
    return ratio(sameStoryFound, trueSameStory);
  }

  /**
   * Returns the one-line summary printed last.
   *
   * @return e.g. {@code reuse_precision=0.900 reuse_recall=0.800 ...}
   */
  public String summary() {
    return String.format(Locale.ROOT,
        "reuse_precision=%.3f reuse_recall=%.3f reuse_f1=%.3f lenient_precision=%.3f direction_accuracy=%.3f "
            + "kind_accuracy=%.3f same_story_recall=%.3f n_true=%d n_predicted=%d",
        precision(), recall(), f1(), lenientPrecision(), directionAccuracy(), kindAccuracy(), sameStoryRecall(),
        trueReuse + trueSameStory, predictedReuse);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator <= 0 ? 0 : (double) numerator / denominator;
  }
}
