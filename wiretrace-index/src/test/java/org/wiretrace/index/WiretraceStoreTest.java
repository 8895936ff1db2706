package org.wiretrace.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.index.IncompatibleStoreException.Reason;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.store.ArticleStore.OnExisting;

class WiretraceStoreTest {

  private static final String STAMP = "test:k5:p64:s1";

  @TempDir Path dir;

  @Test
  void open_missingDirectory_createsAllIndexes() throws IOException {
    Path store = dir.resolve("new/store");
    try (WiretraceStore opened = WiretraceStore.open(store, STAMP)) {
      assertThat(opened.paramsStamp()).isEqualTo(STAMP);
      assertThat(opened.readOnly()).isFalse();
    }
    assertThat(store.resolve("articles")).isDirectory();
    assertThat(store.resolve("candidates")).isDirectory();
    assertThat(store.resolve("embeddings")).isDirectory();
  }

  @Test
  void open_nonEmptyDirectoryWithoutStore_refused() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "my own files");
    assertThatThrownBy(() -> WiretraceStore.open(dir, STAMP))
        .isInstanceOfSatisfying(IncompatibleStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_STORE))
        .hasMessageContaining(dir.toString()).hasMessageContaining("not a Wiretrace store");
    assertThat(dir.resolve("articles")).doesNotExist();
  }

  @Test
  void open_file_refused() throws IOException {
    Path file = Files.writeString(dir.resolve("store"), "x");
    assertThatThrownBy(() -> WiretraceStore.open(file, STAMP))
        .isInstanceOf(IncompatibleStoreException.class).hasMessageContaining("is a file");
  }

  @Test
  void open_otherParamsStamp_refusedNamingBoth() throws IOException {
    WiretraceStore.open(dir, STAMP).close();
    assertThatThrownBy(() -> WiretraceStore.open(dir, "other:k9"))
        .isInstanceOfSatisfying(IncompatibleStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PARAMS_STAMP))
        .hasMessageContaining(STAMP).hasMessageContaining("other:k9").hasMessageContaining(dir.toString())
        .hasMessageContaining("new --store");
    WiretraceStore.open(dir, STAMP).close();
  }

  /** Makes a store, then marks its articles index with another schema version. */
  private void storeWithArticlesSchema(String version) throws IOException {
    WiretraceStore.open(dir, STAMP).close();
    try (FSDirectory articles = FSDirectory.open(dir.resolve("articles"));
        IndexWriter writer = new IndexWriter(articles, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("wiretrace.kind", "articles", "wiretrace.schema", version).entrySet());
      writer.commit();
    }
  }

  @Test
  void open_version1Store_refusedSayingIdsChanged() throws IOException {
    storeWithArticlesSchema("1");
    assertThatThrownBy(() -> WiretraceStore.open(dir, STAMP))
        .isInstanceOfSatisfying(IncompatibleStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VERSION))
        .hasMessageContaining("schema version 1").hasMessageContaining("sport/001");
  }

  @Test
  void open_otherSchemaVersion_refusedNamingBoth() throws IOException {
    storeWithArticlesSchema("0");
    assertThatThrownBy(() -> WiretraceStore.open(dir, STAMP))
        .isInstanceOfSatisfying(IncompatibleStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SCHEMA_VERSION))
        .hasMessageContaining("schema version 0").hasMessageContaining("reads version " + WiretraceStore.SCHEMA_VERSION)
        .hasMessageContaining("delete " + dir);
    assertThatThrownBy(() -> WiretraceStore.openReadOnly(dir)).isInstanceOf(IncompatibleStoreException.class);
  }

  @Test
  void open_foreignLuceneIndex_refused() throws IOException {
    try (FSDirectory articles = FSDirectory.open(dir.resolve("articles"));
        IndexWriter writer = new IndexWriter(articles, new IndexWriterConfig())) {
      writer.commit();
    }
    assertThatThrownBy(() -> WiretraceStore.open(dir, STAMP))
        .isInstanceOfSatisfying(IncompatibleStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_STORE))
        .hasMessageContaining("not a Wiretrace articles index");
  }

  @Test
  void open_alreadyOpenForWriting_refusedAsLocked() throws IOException {
    try (WiretraceStore first = WiretraceStore.open(dir, STAMP)) {
      assertThatThrownBy(() -> WiretraceStore.open(dir, STAMP))
          .isInstanceOfSatisfying(IncompatibleStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED))
          .hasMessageContaining("write.lock").hasMessageContaining(dir.toString());
      assertThat(first.articles().count()).isZero();
    }
    WiretraceStore.open(dir, STAMP).close();
  }

  @Test
  void openReadOnly_notAStore_refused() {
    assertThatThrownBy(() -> WiretraceStore.openReadOnly(dir.resolve("missing")))
        .isInstanceOfSatisfying(IncompatibleStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_STORE))
        .hasMessageContaining("wiretrace ingest");
  }

  @Test
  void openReadOnly_whileWriterOpen_seesLaterCommits() throws IOException {
    try (WiretraceStore writer = WiretraceStore.open(dir, STAMP)) {
      writer.articles().put(List.of(TestArticles.plain("a", "A.")), OnExisting.KEEP);
      try (WiretraceStore reader = WiretraceStore.openReadOnly(dir)) {
        assertThat(reader.articles().count()).isEqualTo(1);
        writer.articles().put(List.of(TestArticles.plain("b", "B.")), OnExisting.KEEP);
        assertThat(reader.articles().get(ArticleId.of("b"))).isPresent();
        assertThat(reader.paramsStamp()).isEqualTo(STAMP);
      }
    }
  }

  @Test
  void stats_mixedArticles_countsEverything() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(List.of(TestArticles.harbourStory("h1"), TestArticles.harbourStory("h2"),
          TestArticles.plain("p", "Plain one. Plain two.")), OnExisting.KEEP);
      StoreStats stats = store.stats();
      assertThat(stats.articles()).isEqualTo(3);
      assertThat(stats.outlets()).containsExactly(Map.entry("harbor-ledger.test", 2));
      assertThat(stats.articlesWithoutOutlet()).isEqualTo(1);
      assertThat(stats.earliestPublished()).isEqualTo(Instant.parse("2031-03-04T08:30:00Z"));
      assertThat(stats.latestPublished()).isEqualTo(stats.earliestPublished());
      assertThat(stats.articlesWithoutPublished()).isEqualTo(1);
      long harbourSentences = TestArticles.harbourStory("x").sentences().size();
      assertThat(stats.sentences()).isEqualTo(2 * harbourSentences + 2);
      assertThat(stats.strippedChrome())
          .containsExactly(Map.entry(ChromeKind.NAVIGATION, 2), Map.entry(ChromeKind.COMMENT_PROMPT, 2));
      assertThat(stats.bytesOnDisk()).isPositive();
      assertThat(stats.schemaVersion()).isEqualTo(WiretraceStore.SCHEMA_VERSION);
      assertThat(stats.paramsStamp()).isEqualTo(STAMP);
    }
  }

  @Test
  void articlesWithoutFingerprints_articleCommittedAlone_listed() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.articles().put(List.of(TestArticles.plain("a", "A."), TestArticles.plain("b", "B.")), OnExisting.KEEP);
      store.candidates().put(ArticleId.of("a"), new org.wiretrace.candidate.Fingerprints(
          new java.util.TreeSet<>(List.of("t")), List.of(), STAMP));
      assertThat(store.articlesWithoutFingerprints()).containsExactly(ArticleId.of("b"));
    }
  }

  @Test
  void stats_emptyStore_zeroesAndNoRange() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      StoreStats stats = store.stats();
      assertThat(stats.articles()).isZero();
      assertThat(stats.earliestPublished()).isNull();
      assertThat(stats.strippedChrome()).isEmpty();
    }
  }
}
