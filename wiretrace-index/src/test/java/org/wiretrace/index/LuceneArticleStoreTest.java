package org.wiretrace.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.store.ArticleStore.OnExisting;
import org.wiretrace.store.ArticleStore.PutResult;

class LuceneArticleStoreTest {

  private static final String STAMP = "test:k5:p64:s1";

  @TempDir Path dir;

  @Test
  void put_newArticle_readsBackEqual() throws IOException {
    Article article = TestArticles.harbourStory("ferry-1");
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      PutResult result = store.articles().put(List.of(article), OnExisting.KEEP);
      assertThat(result).isEqualTo(new PutResult(1, 0, 0, List.of()));
      assertThat(store.articles().get(article.id())).contains(article);
    }
    try (WiretraceStore reopened = WiretraceStore.open(dir, STAMP)) {
      assertThat(reopened.articles().get(article.id())).contains(article);
      assertThat(reopened.articles().count()).isEqualTo(1);
    }
  }

  @Test
  void put_sameContentTwice_unchangedAndCountKept() throws IOException {
    List<Article> batch = List.of(TestArticles.harbourStory("a"), TestArticles.plain("b", "One line. Two."));
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(batch, OnExisting.KEEP);
      PutResult again = store.articles().put(batch, OnExisting.REPLACE);
      assertThat(again).isEqualTo(new PutResult(0, 0, 2, List.of()));
      assertThat(store.articles().count()).isEqualTo(2);
    }
  }

  @Test
  void put_keepWithChangedText_reportsConflictAndKeepsStored() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(List.of(TestArticles.plain("x", "First version.")), OnExisting.KEEP);
      PutResult result = store.articles().put(List.of(TestArticles.plain("x", "Second version.")), OnExisting.KEEP);
      assertThat(result).isEqualTo(new PutResult(0, 0, 0, List.of("x")));
      assertThat(store.articles().get(ArticleId.of("x")).orElseThrow().text()).isEqualTo("First version.");
    }
  }

  @Test
  void put_replaceWithChangedText_replacesWithoutDuplicate() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(List.of(TestArticles.plain("x", "First version.")), OnExisting.KEEP);
      PutResult result = store.articles().put(List.of(TestArticles.plain("x", "Second version.")), OnExisting.REPLACE);
      assertThat(result).isEqualTo(new PutResult(0, 1, 0, List.of()));
      assertThat(store.articles().count()).isEqualTo(1);
      try (Stream<Article> all = store.articles().all()) {
        assertThat(all.map(Article::text)).containsExactly("Second version.");
      }
    }
  }

  @Test
  void put_onlyOriginDiffers_unchanged() throws IOException {
    Article first = TestArticles.harbourStory("o");
    Article moved = new Article(first.id(), first.url(), first.title(), first.outlet(), first.published(),
        first.text(), first.paragraphs(), first.sentences(), first.stripped(), first.extra(), "elsewhere.txt:1");
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(List.of(first), OnExisting.KEEP);
      assertThat(store.articles().put(List.of(moved), OnExisting.KEEP).unchanged()).isEqualTo(1);
    }
  }

  @Test
  void put_metadataChanged_countsAsChanged() throws IOException {
    Article first = TestArticles.harbourStory("m");
    Article retitled = new Article(first.id(), first.url(), "A new headline", first.outlet(), first.published(),
        first.text(), first.paragraphs(), first.sentences(), first.stripped(), first.extra(), first.origin());
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(List.of(first), OnExisting.KEEP);
      assertThat(store.articles().put(List.of(retitled), OnExisting.REPLACE).replaced()).isEqualTo(1);
      assertThat(store.articles().get(first.id())).contains(retitled);
    }
  }

  @Test
  void put_sameIdTwiceInBatch_secondSeesFirst() throws IOException {
    List<Article> batch = List.of(TestArticles.plain("d", "Early text."), TestArticles.plain("d", "Later text."));
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      PutResult result = store.articles().put(batch, OnExisting.REPLACE);
      assertThat(result).isEqualTo(new PutResult(1, 1, 0, List.of()));
      assertThat(store.articles().get(ArticleId.of("d")).orElseThrow().text()).isEqualTo("Later text.");
      assertThat(store.articles().count()).isEqualTo(1);
    }
  }

  @Test
  void put_emptyBatch_nothingHappens() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      assertThat(store.articles().put(List.of(), OnExisting.KEEP)).isEqualTo(new PutResult(0, 0, 0, List.of()));
      assertThat(store.articles().count()).isZero();
    }
  }

  @Test
  void get_missingId_empty() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      assertThat(store.articles().get(ArticleId.of("nope"))).isEmpty();
    }
  }

  @Test
  void all_replacedAcrossBatches_idOrderNoDuplicates() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      for (String id : List.of("m", "c", "x", "a")) {
        store.articles().put(List.of(TestArticles.plain(id, "Text of " + id + ".")), OnExisting.KEEP);
      }
      store.articles().put(List.of(TestArticles.plain("c", "Changed c.")), OnExisting.REPLACE);
      try (Stream<Article> all = store.articles().all()) {
        assertThat(all.map(a -> a.id().value())).containsExactly("a", "c", "m", "x");
      }
    }
  }

  @Test
  void ids_afterReplace_sameOrderAsAll() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(List.of(TestArticles.plain("q", "Q."), TestArticles.plain("e", "E.")), OnExisting.KEEP);
      store.articles().put(List.of(TestArticles.plain("q", "Q2.")), OnExisting.REPLACE);
      try (Stream<ArticleId> ids = store.articles().ids()) {
        assertThat(ids).containsExactly(ArticleId.of("e"), ArticleId.of("q"));
      }
    }
  }

  @Test
  void all_streamOpenDuringPut_seesSnapshot() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(List.of(TestArticles.plain("a", "A."), TestArticles.plain("b", "B.")), OnExisting.KEEP);
      try (Stream<Article> all = store.articles().all()) {
        store.articles().put(List.of(TestArticles.plain("c", "C.")), OnExisting.KEEP);
        assertThat(all.map(a -> a.id().value())).containsExactly("a", "b");
      }
    }
  }

  @Test
  void put_readOnlyStore_refused() throws IOException {
    WiretraceStore.open(dir, STAMP).close();
    try (WiretraceStore store = WiretraceStore.openReadOnly(dir)) {
      assertThatThrownBy(() -> store.articles().put(List.of(TestArticles.plain("a", "A.")), OnExisting.KEEP))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
    }
  }

  /** Property: seeded random articles (metadata present or not, chrome, headings) round-trip. */
  @Test
  void put_randomArticles_roundTripEqual() throws IOException {
    long seed = 20261128L;
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      articles.add(TestArticles.random(random, "r-" + random.nextInt(1_000_000), 20 + random.nextInt(300)));
    }
    List<Article> expected = articles.stream().distinct().sorted(Article.BY_ID)
        .collect(java.util.stream.Collectors.toMap(Article::id, a -> a, (a, b) -> a, java.util.TreeMap::new))
        .values().stream().toList();
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      for (int i = 0; i < articles.size(); i += 50) {
        store.articles().put(articles.subList(i, Math.min(articles.size(), i + 50)), OnExisting.KEEP);
      }
      try (Stream<Article> all = store.articles().all()) {
        assertThat(all.toList()).as("seed %d", seed).isEqualTo(expected);
      }
    }
  }
}
