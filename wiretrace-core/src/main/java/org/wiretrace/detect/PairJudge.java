package org.wiretrace.detect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.align.Alignment;
import org.wiretrace.align.SentenceAligner;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.align.SentencePairJudge;
import org.wiretrace.align.SentenceSimilarity;
import org.wiretrace.align.Vectors;
import org.wiretrace.changes.Change;
import org.wiretrace.changes.ChangeFlagger;
import org.wiretrace.changes.Passage;
import org.wiretrace.model.Article;
import org.wiretrace.model.Span;
import org.wiretrace.provenance.Direction;
import org.wiretrace.provenance.DirectionJudge;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;

/**
 * Turns two analysed articles into a {@link Relation}: align, flag changes, decide the direction,
 * orient, measure and classify. Thread-safe.
 */
final class PairJudge {

  private final DetectorConfig config;
  private final SentenceAligner aligner;
  private final DirectionJudge directions = new DirectionJudge();
  private final ChangeFlagger flagger = new ChangeFlagger();
  private final RelationClassifier classifier;

  PairJudge(DetectorConfig config, SentencePairJudge sentencePairs) {
    this.config = config;
    this.aligner = new SentenceAligner(config.alignment(), sentencePairs);
    this.classifier = new RelationClassifier(config);
  }

  Relation judge(ArticleAnalysis first, ArticleAnalysis second) {
    boolean ordered = first.article().id().compareTo(second.article().id()) <= 0;
    ArticleAnalysis a = ordered ? first : second;
    ArticleAnalysis b = ordered ? second : first;
    Alignment ab = aligner.align(a.body(), b.body());
    Story story = story(a, b);
    ReuseStats probe = ReuseStats.of(ab, a.side(), b.side(), config.quoteDiscount());
    RelationKind probeKind = classifier.kind(probe, story, () -> DrawnSentences.either(a.side(), b.side()));
    if (!probeKind.isReuse()) {
      return noReuse(a, b, ab, probeKind, probe, story);
    }
    // Flagging is the costliest step, so it runs only for reuse, and again only if the direction flips.
    List<Change> changes = changes(a, b, ab);
    Direction direction = directions.judge(a.side(), b.side(), ab, changes);
    if (direction.isSource(b.article().id()) && direction.status() != DirectionStatus.UNDETERMINED) {
      return relation(b, a, ab.swap(), direction, story, null);
    }
    return relation(a, b, ab, direction, story, changes);
  }

  /**
   * Judges a pair whose direction was decided elsewhere: aligns source to derived and flags changes
   * that way round.
   */
  Relation oriented(ArticleAnalysis source, ArticleAnalysis derived, Direction direction) {
    Alignment alignment = aligner.align(source.body(), derived.body());
    return relation(source, derived, alignment, direction, story(source, derived), null);
  }

  private Relation relation(ArticleAnalysis source, ArticleAnalysis derived, Alignment alignment,
      Direction direction, Story story, List<Change> known) {
    List<Change> changes = known != null ? known : changes(source, derived, alignment);
    ReuseStats stats = ReuseStats.of(alignment, source.side(), derived.side(), config.quoteDiscount());
    // drawn sentences are read only when the aligned pairs show no reuse; the derived coverage then counts them
    DrawnSentences drawn = classifier.kind(stats, story).isReuse() ? DrawnSentences.NONE
        : DrawnSentences.of(source.side(), derived.side());
    RelationKind kind = classifier.kind(stats, story, () -> drawn);
    double derivedCoverage = Math.max(stats.derivedCoverage(), kind.isReuse() ? drawn.share() : 0);
    // the drawn passages are shown beside the aligned ones; change flags stay on the aligner's pairs
    List<AlignedPair> pairs = kind.isReuse() ? drawn.besides(alignment.pairs()) : alignment.pairs();
    return new Relation(kind, direction, classifier.confidence(kind, stats, story),
        round(stats.sourceCoverage()), round(derivedCoverage), round(stats.sourceCharCoverage()),
        round(stats.derivedCharCoverage()), round(stats.verbatimShare()), pairs, changes,
        round(stats.editedShare()), stats.counted(), stats.sharedWords(), round(stats.copiedShare()));
  }

  private Relation noReuse(ArticleAnalysis a, ArticleAnalysis b, Alignment ab, RelationKind kind,
      ReuseStats stats, Story story) {
    String reason = kind == RelationKind.SAME_STORY
        ? "independent reports of the same event: no meaningful sentence reuse, so no direction"
        : "no shared story or text, so no direction";
    Direction direction = new Direction(a.article().id(), b.article().id(), DirectionStatus.UNDETERMINED,
        List.of(reason), false);
    return new Relation(kind, direction, classifier.confidence(kind, stats, story),
        round(stats.sourceCoverage()), round(stats.derivedCoverage()), round(stats.sourceCharCoverage()),
        round(stats.derivedCharCoverage()), round(stats.verbatimShare()), ab.pairs(), List.of(),
        round(stats.editedShare()), stats.counted(), stats.sharedWords(), round(stats.copiedShare()));
  }

  private List<Change> changes(ArticleAnalysis source, ArticleAnalysis derived, Alignment alignment) {
    List<Change> out = new ArrayList<>();
    if (!config.flagChanges()) {
      return out;
    }
    Article s = source.article();
    Article d = derived.article();
    Set<Integer> paired = new HashSet<>();
    String sourceText = s.readingText();
    String derivedText = d.readingText();
    for (AlignedPair p : alignment.pairs()) {
      paired.addAll(p.derivedSentences());
      if (p.type() != AlignmentType.VERBATIM) {
        out.addAll(flagger.flag(new Passage(sourceText, p.sourceSpan(), s.published()),
            new Passage(derivedText, p.derivedSpan(), d.published())));
      }
    }
    Passage sourceArticle = new Passage(sourceText, new Span(0, 0), s.published());
    for (SentenceProfile sentence : derived.body()) {
      if (!alignment.pairs().isEmpty() && sentence.indices().stream().noneMatch(paired::contains)) {
        out.addAll(flagger.flagUnpaired(sourceArticle, new Passage(derivedText, sentence.span(), d.published())));
      }
    }
    return out;
  }

  /**
   * Returns how likely two articles report the same event: the mean of the Dice overlap of their
   * names and the cosine of their mean sentence vectors; zero when their publication times are
   * further apart than {@code storyMaxDays}.
   */
  Story story(ArticleAnalysis a, ArticleAnalysis b) {
    double names = round(SentenceSimilarity.dice(a.entities(), b.entities()));
    double vectors = round(Math.max(0, Vectors.dot(a.centroid(), b.centroid())));
    Article x = a.article();
    Article y = b.article();
    boolean apart = x.published() != null && y.published() != null
        && Duration.between(x.published().instant(), y.published().instant()).abs().toDays() > config.storyMaxDays();
    return new Story(names, vectors, apart ? 0 : round(0.5 * names + 0.5 * vectors));
  }

  /**
   * Returns the SAME_STORY relation of two articles without aligning them, when their story
   * similarity qualifies; used for candidate pairs with too little shared text to be reuse.
   *
   * @return the relation, or null when they are not the same story
   */
  Relation storyOnly(ArticleAnalysis first, ArticleAnalysis second) {
    boolean ordered = first.article().id().compareTo(second.article().id()) <= 0;
    ArticleAnalysis a = ordered ? first : second;
    ArticleAnalysis b = ordered ? second : first;
    Story story = story(a, b);
    if (!classifier.sameStory(story)) {
      return null;
    }
    ReuseStats none = ReuseStats.NONE;
    return noReuse(a, b, new Alignment(List.of(), List.of(), List.of()), RelationKind.SAME_STORY, none, story);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
