package org.wiretrace.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.candidate.CandidateIndex.Hit;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.model.ArticleId;

class LuceneCandidateIndexTest {

  private static final String STAMP = "test:k5:p64:s1";

  @TempDir Path dir;

  private static Fingerprints terms(String... terms) {
    return new Fingerprints(new TreeSet<>(List.of(terms)), List.of(), STAMP);
  }

  private static Fingerprints vectors(float[]... vectors) {
    return new Fingerprints(new TreeSet<>(), List.of(vectors), STAMP);
  }

  private static ArticleId id(String value) {
    return ArticleId.of(value);
  }

  @Test
  void search_sharedTerms_countedExactlyTiesById() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      LuceneCandidateIndex index = store.candidates();
      index.put(id("c"), terms("t1", "t2", "t3"));
      index.put(id("b"), terms("t1", "t9"));
      index.put(id("a"), terms("t2", "t8"));
      index.put(id("z"), terms("t7"));
      List<Hit> hits = index.search(terms("t1", "t2", "t3", "t4"), 10, 0);
      assertThat(hits).containsExactly(new Hit(id("c"), 3, 0, 0f), new Hit(id("a"), 1, 0, 0f),
          new Hit(id("b"), 1, 0, 0f));
    }
  }

  @Test
  void search_termLimit_keepsBest() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().put(id("one"), terms("x"));
      store.candidates().put(id("two"), terms("x", "y"));
      store.candidates().put(id("three"), terms("x", "y", "z"));
      assertThat(store.candidates().search(terms("x", "y", "z"), 2, 0)).extracting(Hit::id)
          .containsExactly(id("three"), id("two"));
    }
  }

  @Test
  void search_moreThan1024Terms_countsAll() throws IOException {
    SortedSet<String> stored = new TreeSet<>();
    IntStream.range(0, 3000).forEach(i -> stored.add("s" + i));
    SortedSet<String> query = new TreeSet<>();
    IntStream.range(1500, 4000).forEach(i -> query.add("s" + i));
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().put(id("long"), new Fingerprints(stored, List.of(), STAMP));
      List<Hit> hits = store.candidates().search(new Fingerprints(query, List.of(), STAMP), 5, 0);
      assertThat(hits).containsExactly(new Hit(id("long"), 1500, 0, 0f));
    }
  }

  @Test
  void put_sameIdAgain_replacesTermsAndVectors() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().put(id("a"), new Fingerprints(new TreeSet<>(List.of("old")), List.of(new float[] {1, 0}), STAMP));
      store.candidates().put(id("a"), new Fingerprints(new TreeSet<>(List.of("new")), List.of(new float[] {0, 1}), STAMP));
      assertThat(store.candidates().search(terms("old"), 5, 0)).isEmpty();
      assertThat(store.candidates().search(terms("new"), 5, 0)).hasSize(1);
      assertThat(store.candidates().count()).isEqualTo(1);
      assertThat(store.candidates().sentenceVectorCount()).isEqualTo(1);
    }
  }

  @Test
  void search_vectors_aggregatedPerArticle() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().put(id("near"), vectors(new float[] {1, 0, 0}, new float[] {0, 1, 0}));
      store.candidates().put(id("far"), vectors(new float[] {0, 0, 1}));
      List<Hit> hits = store.candidates().search(vectors(new float[] {2, 0.2f, 0}, new float[] {0, 1, 0}), 0, 1);
      assertThat(hits).hasSize(1);
      Hit near = hits.get(0);
      assertThat(near.id()).isEqualTo(id("near"));
      assertThat(near.vectorMatches()).isEqualTo(2);
      assertThat(near.bestVectorScore()).isCloseTo(1f, within(1e-5f));
    }
  }

  @Test
  void search_vectorNeighbours_cosineRecovered() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().put(id("a"), vectors(new float[] {1, 0}));
      store.candidates().put(id("b"), vectors(new float[] {0.6f, 0.8f}));
      List<Hit> hits = store.candidates().search(vectors(new float[] {1, 0}), 0, 2);
      assertThat(hits).extracting(Hit::id).containsExactly(id("a"), id("b"));
      assertThat(hits.get(1).bestVectorScore()).isCloseTo(0.6f, within(1e-5f));
    }
  }

  @Test
  void search_termsAndVectors_mergedAndRanked() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().put(id("lexical"), new Fingerprints(new TreeSet<>(List.of("k1", "k2")), List.of(new float[] {0, 1}), STAMP));
      store.candidates().put(id("semantic"), new Fingerprints(new TreeSet<>(List.of("q")), List.of(new float[] {1, 0}), STAMP));
      Fingerprints query = new Fingerprints(new TreeSet<>(List.of("k1", "k2")), List.of(new float[] {1, 0}), STAMP);
      List<Hit> hits = store.candidates().search(query, 10, 1);
      assertThat(hits).extracting(Hit::id).containsExactly(id("lexical"), id("semantic"));
      assertThat(hits.get(1).vectorMatches()).isEqualTo(1);
    }
  }

  @Test
  void put_otherStamp_refused() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      Fingerprints foreign = new Fingerprints(new TreeSet<>(List.of("t")), List.of(), "other:k9");
      assertThatThrownBy(() -> store.candidates().put(id("a"), foreign))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other:k9").hasMessageContaining(STAMP);
      assertThatThrownBy(() -> store.candidates().search(foreign, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void put_otherDimensions_refused() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().put(id("a"), vectors(new float[] {1, 0, 0}));
    }
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      assertThatThrownBy(() -> store.candidates().put(id("b"), vectors(new float[] {1, 0})))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 dimensions").hasMessageContaining("holds 3");
    }
  }

  @Test
  void putAll_vectorsWithoutDirection_articlesKeptForTheTermTier() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      Map<ArticleId, Fingerprints> batch = new TreeMap<>(Map.of(
          id("a"), new Fingerprints(new TreeSet<>(List.of("t")), List.of(new float[] {1, 0}), STAMP),
          id("b"), new Fingerprints(new TreeSet<>(List.of("t")), List.of(new float[] {0, 0}), STAMP),
          id("c"), new Fingerprints(new TreeSet<>(List.of("t")), List.of(new float[] {Float.NaN, 1}), STAMP),
          id("d"), new Fingerprints(new TreeSet<>(List.of("t")), List.of(new float[0]), STAMP)));
      store.candidates().putAll(batch);
      assertThat(store.candidates().count()).isEqualTo(4);
      assertThat(store.candidates().search(terms("t"), 10, 0)).extracting(Hit::id)
          .containsExactly(id("a"), id("b"), id("c"), id("d"));
    }
  }

  @Test
  void search_zeroQueryVector_findsByTermsOnly() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().put(id("a"), new Fingerprints(new TreeSet<>(List.of("t")), List.of(new float[] {1, 0}), STAMP));
      Fingerprints query = new Fingerprints(new TreeSet<>(List.of("t")), List.of(new float[] {0, 0}), STAMP);
      assertThat(store.candidates().search(query, 10, 5)).extracting(Hit::id).containsExactly(id("a"));
    }
  }

  @Test
  void close_pendingPuts_committed() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().put(id("a"), terms("t"));
    }
    try (WiretraceStore store = WiretraceStore.openReadOnly(dir)) {
      assertThat(store.candidates().contains(id("a"))).isTrue();
      assertThat(store.stats().fingerprintedArticles()).isEqualTo(1);
    }
  }

  @Test
  void compact_afterManyCommits_oneSegmentSameHits() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      for (int i = 0; i < 4; i++) {
        store.candidates().putAll(Map.of(id("a" + i), new Fingerprints(new TreeSet<>(List.of("t", "u" + i)),
            List.of(new float[] {1, i}), STAMP)));
      }
      List<Hit> before = store.candidates().search(new Fingerprints(new TreeSet<>(List.of("t", "u2")),
          List.of(new float[] {1, 2}), STAMP), 10, 2);
      store.compact();
      assertThat(store.candidates().segments()).isEqualTo(1);
      assertThat(store.candidates().search(new Fingerprints(new TreeSet<>(List.of("t", "u2")),
          List.of(new float[] {1, 2}), STAMP), 10, 2)).isEqualTo(before);
    }
  }

  @Test
  void delete_removesArticle() throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      store.candidates().putAll(Map.of(id("a"), terms("t"), id("b"), terms("t")));
      store.candidates().delete(id("a"));
      assertThat(store.candidates().search(terms("t"), 5, 0)).extracting(Hit::id).containsExactly(id("b"));
    }
  }

  /** Reference model: brute-force shared-term counts over seeded random term sets, both tiers. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(LuceneCandidateIndex.TermTier.class)
  void search_randomTermSets_matchesBruteForce(LuceneCandidateIndex.TermTier tier) throws IOException {
    long seed = 7L;
    Random random = new Random(seed);
    Map<ArticleId, SortedSet<String>> stored = new TreeMap<>();
    for (int i = 0; i < 150; i++) {
      stored.put(id("a" + i), randomTerms(random, 5 + random.nextInt(60)));
    }
    SortedSet<String> query = randomTerms(random, 80);
    List<Hit> expected = new ArrayList<>();
    stored.forEach((id, terms) -> {
      long shared = terms.stream().filter(query::contains).count();
      if (shared > 0) {
        expected.add(new Hit(id, (int) shared, 0, 0f));
      }
    });
    expected.sort(Comparator.comparingInt(Hit::sharedTerms).reversed().thenComparing(Hit::id));
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      TreeMap<ArticleId, Fingerprints> batch = new TreeMap<>();
      stored.forEach((id, terms) -> batch.put(id, new Fingerprints(terms, List.of(), STAMP)));
      store.candidates().putAll(batch.headMap(id("a5")));
      store.candidates().putAll(batch.tailMap(id("a5")));
      store.candidates().put(id("a3"), batch.get(id("a3")));
      List<Hit> hits = store.candidates().search(new Fingerprints(query, List.of(), STAMP), 20, 0, tier);
      assertThat(hits).as("seed %d", seed).isEqualTo(expected.subList(0, Math.min(20, expected.size())));
    }
  }

  /** Reference model: brute-force cosine over seeded random vectors; best neighbour and its cosine agree. */
  @Test
  void search_randomVectors_bestMatchesBruteForce() throws IOException {
    long seed = 11L;
    Random random = new Random(seed);
    Map<ArticleId, List<float[]>> stored = new TreeMap<>();
    for (int i = 0; i < 100; i++) {
      stored.put(id("v" + i), List.of(randomUnit(random, 16), randomUnit(random, 16), randomUnit(random, 16)));
    }
    try (WiretraceStore store = WiretraceStore.open(dir, STAMP)) {
      Map<ArticleId, Fingerprints> batch = new TreeMap<>();
      stored.forEach((id, vectors) -> batch.put(id, new Fingerprints(new TreeSet<>(), vectors, STAMP)));
      store.candidates().putAll(batch);
      for (int q = 0; q < 20; q++) {
        float[] query = randomUnit(random, 16);
        Hit best = store.candidates().search(vectors(query), 0, 1).get(0);
        Map.Entry<ArticleId, Float> expected = bruteForceBest(stored, query);
        assertThat(best.id()).as("seed %d query %d", seed, q).isEqualTo(expected.getKey());
        assertThat(best.bestVectorScore()).isCloseTo(expected.getValue(), within(1e-4f));
      }
    }
  }

  private static Map.Entry<ArticleId, Float> bruteForceBest(Map<ArticleId, List<float[]>> stored, float[] query) {
    ArticleId bestId = null;
    float best = -2;
    for (Map.Entry<ArticleId, List<float[]>> e : stored.entrySet()) {
      for (float[] v : e.getValue()) {
        float dot = 0;
        for (int i = 0; i < v.length; i++) {
          dot += v[i] * query[i];
        }
        if (dot > best) {
          best = dot;
          bestId = e.getKey();
        }
      }
    }
    return Map.entry(bestId, best);
  }

  private static float[] randomUnit(Random random, int dims) {
    float[] v = new float[dims];
    double norm = 0;
    for (int i = 0; i < dims; i++) {
      v[i] = (float) random.nextGaussian();
      norm += v[i] * v[i];
    }
    for (int i = 0; i < dims; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  private static SortedSet<String> randomTerms(Random random, int n) {
    SortedSet<String> terms = new TreeSet<>();
    while (terms.size() < n) {
      terms.add("b" + random.nextInt(400));
    }
    return terms;
  }
}
