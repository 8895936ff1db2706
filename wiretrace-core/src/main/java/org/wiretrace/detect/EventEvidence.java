package org.wiretrace.detect;

import java.time.Duration;
import org.wiretrace.model.Article;
import org.wiretrace.report.Relation;

/**
 * How strongly one relation says its two articles report the same event: the weight of its link in
 * story grouping. A story is one specific event (who, what, where, when), not a topic, so time is part
 * of it, as in news event clustering over a sliding window (Miranda et al., EMNLP 2018): articles
 * published more than {@code storyMaxDays} apart are not one event however much text one reuses from
 * the other (a background paragraph taken from last month's report, the same fixture a season later),
 * and their relation weighs 0; the relation itself stays in the report. Otherwise a relation weighs its
 * judgement's confidence.
 */
final class EventEvidence {

  private final int maxDays;

  /**
   * Creates the evidence rule.
   *
   * @param maxDays largest gap in publication days within one story
   */
  EventEvidence(int maxDays) {
    this.maxDays = maxDays;
  }

  /**
   * Returns the story-grouping weight of a relation, in [0, 1].
   *
   * @param r the relation
   * @param source the relation's source article
   * @param derived the relation's derived article
   */
  double weight(Relation r, Article source, Article derived) {
    return apart(source, derived) ? 0 : Math.min(1.0, Math.max(0, r.confidence()));
  }

  /** True when both publication times are known and further apart than the story window. */
  private boolean apart(Article x, Article y) {
    return x.published() != null && y.published() != null
        && Duration.between(x.published().instant(), y.published().instant()).abs().toDays() > maxDays;
  }
}
