package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.candidate.InMemoryCandidateIndex;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.JsonReportWriter;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.store.ArticleStore;
import org.wiretrace.store.InMemoryArticleStore;
import org.wiretrace.text.ArticleFactory;

class ReuseDetectorTest {

  private static final ReuseDetector DETECTOR =
      new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());

  private static final Article ORIGINAL = Fixtures.article("quake-original");

  @Test
  void compare_exactDuplicate() {
    Relation r = DETECTOR.compare(ORIGINAL, Fixtures.article("quake-duplicate"));
    assertThat(r.kind()).isEqualTo(RelationKind.DUPLICATE);
    assertThat(r.verbatimShare()).isEqualTo(1.0);
    assertThat(r.alignments()).allMatch(p -> p.type() == AlignmentType.VERBATIM);
  }

  @Test
  void compare_reorderedCopy() {
    Article reordered = Fixtures.article("quake-reordered");
    Relation r = DETECTOR.compare(ORIGINAL, reordered);
    assertThat(r.kind()).isIn(RelationKind.DUPLICATE, RelationKind.SYNDICATED);
    double reorderedCoverage = r.derived().equals(reordered.id()) ? r.derivedCoverage() : r.sourceCoverage();
    assertThat(reorderedCoverage).isEqualTo(1.0);
  }

  @Test
  void compare_splitAndMergedSentences() {
    Article split = Fixtures.article("quake-split");
    Relation r = DETECTOR.compare(ORIGINAL, split);
    assertThat(r.kind()).isIn(RelationKind.SYNDICATED, RelationKind.DUPLICATE);
    List<AlignedPair> oriented = r.source().equals(ORIGINAL.id()) ? r.alignments()
        : r.alignments().stream().map(AlignedPair::swap).toList();
    assertThat(oriented).anyMatch(p -> p.sourceSentences().size() == 1 && p.derivedSentences().size() == 2);
    assertThat(oriented).anyMatch(p -> p.sourceSentences().size() == 2 && p.derivedSentences().size() == 1);
  }

  @Test
  void compare_spunCopy() {
    Article spun = Fixtures.article("quake-spun");
    Relation r = DETECTOR.compare(ORIGINAL, spun);
    assertThat(r.kind()).isIn(RelationKind.SPUN, RelationKind.PARAPHRASED);
    assertThat(r.derivedCoverage()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void compare_unrelatedArticles() {
    Relation r = DETECTOR.compare(ORIGINAL, Fixtures.article("harvest-unrelated"));
    assertThat(r.kind()).isEqualTo(RelationKind.UNRELATED);
  }

  @Test
  void verify_unrelatedPairRememberedByItsKindAlone_isJudgedAgainInFull() {
    KindOnly kept = new KindOnly();
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder(), kept);
    Article unrelated = Fixtures.article("harvest-unrelated");
    Relation first = detector.verify(unrelated, ORIGINAL, Integer.MAX_VALUE, 0);
    assertThat(kept.values.values()).containsExactly(PairJudgements.Remembered.UNRELATED);
    assertThat(detector.verify(unrelated, ORIGINAL, Integer.MAX_VALUE, 0))
        .isEqualTo(first).isEqualTo(DETECTOR.compare(ORIGINAL, unrelated));
  }

  /** Keeps judgements in memory, UNRELATED ones by their kind alone, as the store does. */
  private static final class KindOnly implements PairJudgements {
    final Map<String, Remembered> values = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Remembered recall(String key) {
      return values.get(key);
    }

    @Override
    public void remember(String key, Relation relation) {
      values.put(key, relation != null && relation.kind() == RelationKind.UNRELATED
          ? Remembered.UNRELATED : new Remembered(relation));
    }
  }

  @Test
  void compare_alignedSpansPointIntoTheOriginalTexts() {
    Article split = Fixtures.article("quake-split");
    Relation r = DETECTOR.compare(ORIGINAL, split);
    Article source = r.source().equals(ORIGINAL.id()) ? ORIGINAL : split;
    Article derived = source == ORIGINAL ? split : ORIGINAL;
    for (AlignedPair p : r.alignments()) {
      assertThat(p.sourceSpan().end()).isLessThanOrEqualTo(source.text().length());
      assertThat(p.derivedSpan().end()).isLessThanOrEqualTo(derived.text().length());
    }
    for (int i = 1; i < r.alignments().size(); i++) {
      assertThat(r.alignments().get(i).derivedSpan().overlaps(r.alignments().get(i - 1).derivedSpan())).isFalse();
    }
  }

  @Test
  void analyze_groupsStoriesAndListsOnlyRelationsAboveUnrelated() {
    CorpusReport report = DETECTOR.analyze(corpus());
    assertThat(report.stories()).hasSize(2);
    assertThat(report.stories().getFirst().articles()).extracting(Object::toString)
        .containsExactly("harvest-unrelated");
    assertThat(report.relations()).noneMatch(r -> r.kind() == RelationKind.UNRELATED);
    assertThat(report.relations()).noneMatch(r -> r.source().value().startsWith("harvest")
        || r.derived().value().startsWith("harvest"));
  }

  @Test
  void analyze_sameJsonWhateverTheInputOrder() {
    List<Article> articles = corpus();
    String first = new JsonReportWriter().write(DETECTOR.analyze(articles));
    List<Article> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    ReuseDetector fresh = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    assertThat(new JsonReportWriter().write(fresh.analyze(reversed))).isEqualTo(first);
  }

  @Test
  void analyze_duplicateIds() {
    assertThatThrownBy(() -> DETECTOR.analyze(List.of(ORIGINAL, ORIGINAL)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quake-original");
  }

  @Test
  void trace_ranksTheCopiedArticleFirst() throws Exception {
    Article query = Fixtures.article("quake-spun");
    try (CandidateIndex index = new InMemoryCandidateIndex(); ArticleStore store = new InMemoryArticleStore()) {
      List<Article> stored = List.of(ORIGINAL, Fixtures.article("harvest-unrelated"));
      store.put(stored, ArticleStore.OnExisting.REPLACE);
      for (Article a : stored) {
        index.put(a.id(), DETECTOR.fingerprints(a));
      }
      List<Article> candidates = DETECTOR.candidateArticles(DETECTOR.search(query, index), store);
      List<Relation> sources = DETECTOR.trace(query, candidates);
      assertThat(sources).isNotEmpty();
      assertThat(List.of(sources.getFirst().source(), sources.getFirst().derived())).contains(ORIGINAL.id());
    }
  }

  @Test
  void compare_headingsAreNeverAligned() {
    Article a = new ArticleFactory().create(ArticleDraft.of("a", "Same heading here\n\nFirst body sentence about the river flood in Dorvale. Second sentence about rescue boats."));
    Article b = new ArticleFactory().create(ArticleDraft.of("b", "Same heading here\n\nUnrelated text about a chess final in Ameno. The champion won in forty moves."));
    Relation r = DETECTOR.compare(a, b);
    assertThat(r.alignments()).isEmpty();
  }

  @Test
  void analyze_copyPublishedOutsideTheStoryWindow_keepsTheRelationInAnotherStory() {
    Article original = published(ORIGINAL, "original", "2026-03-01T08:00:00Z");
    Article laterCopy = published(Fixtures.article("quake-duplicate"), "copy", "2026-04-20T08:00:00Z");
    Article nextDayCopy = published(Fixtures.article("quake-duplicate"), "copy", "2026-03-02T08:00:00Z");
    CorpusReport apart = DETECTOR.analyze(List.of(original, laterCopy));
    assertThat(apart.relations()).singleElement().extracting(Relation::kind).isEqualTo(RelationKind.DUPLICATE);
    assertThat(apart.stories()).hasSize(2);
    assertThat(DETECTOR.analyze(List.of(original, nextDayCopy)).stories()).hasSize(1);
  }

  private static Article published(Article a, String id, String iso) {
    return new ArticleFactory().create(new ArticleDraft(id, null, a.title(), null,
        org.wiretrace.model.PublishedTime.parse(iso, "metadata").orElseThrow(), a.text(), Map.of(), null));
  }

  private static List<Article> corpus() {
    return List.of(ORIGINAL, Fixtures.article("quake-duplicate"), Fixtures.article("quake-reordered"),
        Fixtures.article("quake-split"), Fixtures.article("quake-spun"), Fixtures.article("harvest-unrelated"));
  }
}
