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
  void get_manyTexts_foundInTheTextsOrder_sameOnOneThreadAsOnMany() throws Exception {
    List<String> texts = new java.util.ArrayList<>();
    Map<String, float[]> stored = new java.util.HashMap<>();
    for (int i = 0; i < 2000; i++) {
      String text = "Sentence number " + (i * 7919 % 2000) + ".";
      texts.add(text);
      if (i % 3 != 0) {
        stored.put(text, new float[] {i, -i, 0.5f});
      }
    }
    texts.add(texts.get(5));
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP);
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        java.util.concurrent.ForkJoinPool four = new java.util.concurrent.ForkJoinPool(4)) {
      store.embeddings().put(MODEL, stored);
      Map<String, float[]> alone = one.submit(() -> store.embeddings().get(MODEL, texts)).get();
      Map<String, float[]> spread = four.submit(() -> store.embeddings().get(MODEL, texts)).get();
      List<String> expected = texts.stream().distinct().filter(stored::containsKey).toList();
      assertThat(List.copyOf(alone.keySet())).containsExactlyElementsOf(expected);
      assertThat(List.copyOf(spread.keySet())).containsExactlyElementsOf(expected);
      for (String text : expected) {
        assertThat(spread.get(text)).containsExactly(stored.get(text)).containsExactly(alone.get(text));
      }
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
