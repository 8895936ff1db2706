package org.wiretrace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneEmbeddingCacheTest {

  private static final String STAMP = "test:k5:p64:s1";
  private static final String MODEL = "toy-model/mean/3";

  @TempDir Path dir;

  @Test
  void get_afterPut_exactVectors() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.embeddings().put(MODEL, Map.of("The ferry was late.", new float[] {0.1f, -0.25f, 1e-7f}));
      Map<String, float[]> found = store.embeddings().get(MODEL, List.of("The ferry was late.", "Unknown."));
      assertThat(found).containsOnlyKeys("The ferry was late.");
      assertThat(found.get("The ferry was late.")).containsExactly(0.1f, -0.25f, 1e-7f);
    }
  }

  @Test
  void get_otherModel_notFound() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.embeddings().put(MODEL, Map.of("Same text.", new float[] {1, 2, 3}));
      assertThat(store.embeddings().get("other-model", List.of("Same text."))).isEmpty();
    }
  }

  @Test
  void put_sameTextTwice_oneEntry() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.embeddings().put(MODEL, Map.of("A.", new float[] {1, 2, 3}));
      store.embeddings().put(MODEL, Map.of("A.", new float[] {1, 2, 3}, "B.", new float[] {3, 2, 1}));
      assertThat(store.embeddings().count()).isEqualTo(2);
    }
  }

  @Test
  void close_pendingVectors_persisted() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.embeddings().put(MODEL, Map.of("Kept.", new float[] {4, 5, 6}));
    }
    try (WiretraceStore store = WiretraceStore.openReadOnly(dir)) {
      assertThat(store.embeddings().get(MODEL, List.of("Kept.")).get("Kept.")).containsExactly(4f, 5f, 6f);
      store.embeddings().put(MODEL, Map.of("Ignored.", new float[] {1, 1, 1}));
      assertThat(store.embeddings().get(MODEL, List.of("Ignored."))).isEmpty();
      assertThat(store.stats().cachedEmbeddings()).isEqualTo(1);
    }
  }

  @Test
  void key_differentTexts_differentKeys() {
    assertThat(LuceneEmbeddingCache.key(MODEL, "a")).isNotEqualTo(LuceneEmbeddingCache.key(MODEL, "b"))
        .startsWith(MODEL + "\u0000").hasSize(MODEL.length() + 1 + 64);
  }
}
