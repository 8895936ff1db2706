package org.wiretrace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.PairJudgements;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.model.Article;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.testkit.GeneratorConfig;
import org.wiretrace.testkit.SyntheticCorpus;

/** Pair judgements kept in the store read back exactly and make a second analysis judge nothing. */
class LuceneJudgementCacheTest {

  private static final String STAMP = "test:k5:p64:s1";

  @TempDir Path dir;

  private static List<Article> corpus() {
    return SyntheticCorpus.generate(GeneratorConfig.of(6, 11)).articles();
  }

  @Test
  void secondAnalysis_readsEveryJudgementBack_sameReport() throws IOException {
    List<Article> articles = corpus();
    CorpusReport first;
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      first = detector(store.judgements()).analyze(articles);
    }
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      Counting counting = new Counting(store.judgements());
      CorpusReport second = detector(counting).analyze(articles);
      assertThat(counting.remembered).as("pairs judged again").isEmpty();
      assertThat(counting.recalled).isNotEmpty();
      assertThat(counting.recalled.values()).as("unrelated pairs kept by their kind alone")
          .contains(PairJudgements.Remembered.UNRELATED);
      assertThat(second).isEqualTo(first);
      assertThat(store.judgements().count()).isEqualTo(counting.recalled.size());
    }
    assertThat(first.relations()).anyMatch(r -> r.kind().isReuse() && !r.changes().isEmpty());
  }

  @Test
  void recall_returnsTheStoredRelationExactly_includingNone() throws IOException {
    Relation relation = firstPair(r -> r.kind().isReuse());
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.judgements().remember("k1", relation);
      store.judgements().remember("k2", null);
    }
    try (WiretraceStore store = WiretraceStore.openReadOnly(dir)) {
      assertThat(store.judgements().recall("k1")).isEqualTo(new PairJudgements.Remembered(relation));
      assertThat(store.judgements().recall("k2")).isEqualTo(new PairJudgements.Remembered(null));
      assertThat(store.judgements().recall("k3")).isNull();
      store.judgements().remember("k3", relation);
      assertThat(store.judgements().recall("k3")).as("read-only store ignores new judgements").isNull();
    }
  }

  @Test
  void unrelatedJudgement_isKeptByItsKindAlone() throws IOException {
    Relation unrelated = firstPair(r -> r.kind() == RelationKind.UNRELATED && !r.alignments().isEmpty());
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.judgements().remember("k1", unrelated);
    }
    try (WiretraceStore store = WiretraceStore.openReadOnly(dir)) {
      assertThat(store.judgements().recall("k1")).isEqualTo(PairJudgements.Remembered.UNRELATED);
    }
  }

  @Test
  void changedArticle_isJudgedAgain() throws IOException {
    List<Article> articles = new ArrayList<>(corpus());
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      detector(store.judgements()).analyze(articles);
      Article edited = articles.get(0);
      articles.set(0, new Article(edited.id(), edited.url(), edited.title(), edited.outlet(), edited.published(),
          edited.text(), edited.paragraphs(), edited.sentences(), edited.stripped(), Map.of("note", "edited"),
          edited.origin()));
      Counting counting = new Counting(store.judgements());
      detector(counting).analyze(articles);
      // only pairs with the edited article are judged again: at most one per other article
      assertThat(counting.remembered).isNotEmpty().hasSizeLessThan(articles.size());
      assertThat(counting.recalled).isNotEmpty();
    }
  }

  @Test
  void storeOfAnOlderBuild_withoutJudgements_opensReadOnlyAndRecallsNothing() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(corpus().subList(0, 1), org.wiretrace.store.ArticleStore.OnExisting.KEEP);
    }
    try (var files = Files.walk(dir.resolve("judgements"))) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    try (WiretraceStore store = WiretraceStore.openReadOnly(dir)) {
      assertThat(store.judgements().recall("any")).isNull();
      assertThat(store.judgements().count()).isZero();
    }
  }

  /** The judgement of the first pair of the corpus, in id order, that passes the test. */
  private static Relation firstPair(java.util.function.Predicate<Relation> test) {
    List<Article> articles = corpus();
    ReuseDetector detector = detector(PairJudgements.NONE);
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        Relation r = detector.compare(articles.get(i), articles.get(j));
        if (test.test(r)) {
          return r;
        }
      }
    }
    throw new AssertionError("no pair of the corpus passes the test");
  }

  private static ReuseDetector detector(PairJudgements judgements) {
    return new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder(), judgements);
  }

  /** Passes through to the store and notes which keys were recalled and which judged afresh. */
  private static final class Counting implements PairJudgements {
    private final PairJudgements inner;
    final Map<String, Remembered> recalled = new ConcurrentHashMap<>();
    final Map<String, Boolean> remembered = new ConcurrentHashMap<>();

    Counting(PairJudgements inner) {
      this.inner = inner;
    }

    @Override
    public @Nullable Remembered recall(String key) {
      Remembered r = inner.recall(key);
      if (r != null) {
        recalled.put(key, r);
      }
      return r;
    }

    @Override
    public void remember(String key, @Nullable Relation relation) {
      remembered.put(key, true);
      inner.remember(key, relation);
    }
  }
}
