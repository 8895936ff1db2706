package org.wiretrace.detect;

import java.time.Duration;
import org.wiretrace.model.Article;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;

/**
 * How strongly one relation says its two articles report the same event: the weight of its link in
 * story grouping. A story is one specific event (who, what, where, when), not a topic, so time is part
 * of it, as in news event clustering over a sliding window (Miranda et al., EMNLP 2018): articles
 * published more than {@code storyMaxDays} apart are not one event however much text one reuses from
 * the other (a background paragraph taken from last month's report, the same fixture a season later),
 * and their relation weighs 0; the relation itself stays in the report. Otherwise a reuse relation
 * weighs its judgement's confidence.
 *
 * <p>A same-story judgement (no reuse) rests on shared names and wording, which events of one beat
 * share too (the court, the league, the region, stock phrasing), and its confidence only says how far
 * the pair's story similarity clears the judgement's threshold. So a same-story link weighs instead how
 * much the two articles share the names that single out one event ({@link EventNames}): nothing at an
 * overlap of {@value #NAMES_NONE} or less, rising linearly to full weight at {@value #NAMES_FULL}.
 * Measured on generated corpora with same-topic beats (seeds 5, 7, 11, 23), reports of different
 * events of a beat overlap at most 0.44 and reports of one event at least 0.45; independent real
 * reports of one event overlap 0.45–0.54 (the seeds' 004; the demo's same-event report, whose story
 * similarity under the lexical embedder is low: confidence 0.55–0.64).
 *
 * <p>A reuse link is strong evidence of one event, unless the two articles share next to none of its
 * names: a passage of stock or background text reused in a report of another event. So reuse links
 * are capped by a lower ramp, nothing at {@value #REUSE_NAMES_NONE}, full from
 * {@value #REUSE_NAMES_FULL} (generated corpora: true reuse 0.41 or more, reuse judged between
 * different events 0.06 or less; 800 Reuters items: same-event rewrites 0.26 or more, two different
 * bond issues 0.03).
 */
final class EventEvidence {

  /** Rarity-weighted name overlap at or below which a same-story link weighs nothing. */
  static final double NAMES_NONE = 0.25;

  /** Rarity-weighted name overlap from which a same-story link keeps its full weight. */
  static final double NAMES_FULL = 0.5;

  /** Rarity-weighted name overlap at or below which a reuse link weighs nothing. */
  static final double REUSE_NAMES_NONE = 0.1;

  /** Rarity-weighted name overlap from which a reuse link keeps its full weight. */
  static final double REUSE_NAMES_FULL = 0.2;

  /** Least evidence of a same-story judgement, in names that no other article of the run mentions. */
  static final double SAME_STORY_EVIDENCE = 1;

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

  /**
   * Returns the story-grouping weight of a relation: for a same-story judgement the rarity-weighted
   * overlap of the two articles' names on the same-story ramp, for reuse its {@link #weight} capped by
   * the overlap on the lower reuse ramp; 0 outside the time window either way.
   *
   * @param r the relation
   * @param source the relation's source article
   * @param derived the relation's derived article
   * @param names the rarity-weighted names of the run
   */
  double weight(Relation r, ArticleAnalysis source, ArticleAnalysis derived, EventNames names) {
    double base = weight(r, source.article(), derived.article());
    if (r.kind() == RelationKind.SAME_STORY) {
      return base == 0 ? 0 : sameEvent(names.overlap(source, derived, SAME_STORY_EVIDENCE));
    }
    return Math.min(base, ramp(names.overlap(source, derived, 0), REUSE_NAMES_NONE, REUSE_NAMES_FULL));
  }

  /**
   * Tells whether a reuse relation joins reports of two different events written from one template
   * (another issuer's bond notice, another company's results in the same words): the two share next
   * to none of the names of one event (rarity-weighted overlap at most {@value #REUSE_NAMES_NONE}, the
   * level at which a reuse link weighs nothing in story grouping), and each article's opening sentence
   * names someone the other article never names, so the event's subject was swapped, not kept. A
   * copy keeps its source's subject; a follow-up that reuses background keeps the event's names.
   * Measured on the first 3,000 Reuters items (default embedder): 6 reuse relations fall at or below
   * the overlap; 5 have swapped subjects and are left out (four bond-issue notices of different
   * issuers, one background sentence shared by two reports of different turns of the Argentine debt
   * talks); the sixth, two write-ups of one joint statement whose many other names differ, opens with
   * the same two companies and stays.
   *
   * @param a one article of the relation
   * @param b the other
   * @param names the rarity-weighted names of the run
   */
  boolean template(ArticleAnalysis a, ArticleAnalysis b, EventNames names) {
    return namesOther(a, b) && namesOther(b, a) && names.overlap(a, b, 0) <= REUSE_NAMES_NONE;
  }

  /** True when {@code a}'s opening sentence names someone {@code b} never names. */
  private static boolean namesOther(ArticleAnalysis a, ArticleAnalysis b) {
    for (long name : a.leadNames()) {
      if (java.util.Arrays.binarySearch(b.entities(), name) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the weight of a same-story link from the two articles' name overlap.
   *
   * @param names the overlap from {@link EventNames#overlap}, in [0, 1]
   */
  double sameEvent(double names) {
    return ramp(names, NAMES_NONE, NAMES_FULL);
  }

  private static double ramp(double x, double none, double full) {
    return Math.min(1, Math.max(0, (x - none) / (full - none)));
  }

  /** True when both publication times are known and further apart than the story window. */
  private boolean apart(Article x, Article y) {
    return x.published() != null && y.published() != null
        && Duration.between(x.published().instant(), y.published().instant()).abs().toDays() > maxDays;
  }
}
