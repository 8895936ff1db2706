package org.wiretrace.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.ArticleId;

class InMemoryCandidateIndexTest {

  private static Fingerprints fp(String stamp, List<float[]> vectors, String... terms) {
    return new Fingerprints(new TreeSet<>(List.of(terms)), vectors, stamp);
  }

  @Test
  void search_ranksBySharedTermsThenId() {
    InMemoryCandidateIndex index = new InMemoryCandidateIndex();
    index.put(ArticleId.of("b"), fp("p", List.of(), "t1", "t2"));
    index.put(ArticleId.of("a"), fp("p", List.of(), "t1"));
    index.put(ArticleId.of("c"), fp("p", List.of(), "t9"));
    List<CandidateIndex.Hit> hits = index.search(fp("p", List.of(), "t1", "t2"), 10, 3);
    assertThat(hits).extracting(h -> h.id().value()).containsExactly("b", "a");
    assertThat(hits.getFirst().sharedTerms()).isEqualTo(2);
  }

  @Test
  void dots_fourAtATime_bitForBitTheOneByOneDotProducts() {
    java.util.Random random = new java.util.Random(13);
    InMemoryCandidateIndex index = new InMemoryCandidateIndex();
    List<float[]> vectors = new java.util.ArrayList<>();
    for (int v = 0; v < 23; v++) {
      float[] vector = new float[384];
      for (int i = 0; i < vector.length; i++) {
        vector[i] = (float) random.nextGaussian() / 19.6f;
      }
      vectors.add(vector);
    }
    index.put(ArticleId.of("a"), fp("p", vectors));
    float[] query = vectors.get(7);
    for (int n = 0; n <= vectors.size(); n++) {
      int[] ids = random.ints(n, 0, vectors.size()).sorted().toArray();
      float[] dots = index.dots(query, ids);
      for (int c = 0; c < n; c++) {
        assertThat(Float.floatToRawIntBits(dots[c])).as("n %d, c %d", n, c)
            .isEqualTo(Float.floatToRawIntBits(index.dot(query, ids[c])));
      }
    }
  }

  @Test
  void put_replacesAnArticle() {
    InMemoryCandidateIndex index = new InMemoryCandidateIndex();
    index.put(ArticleId.of("a"), fp("p", List.of(), "old"));
    index.put(ArticleId.of("a"), fp("p", List.of(), "new"));
    assertThat(index.search(fp("p", List.of(), "old"), 10, 3)).isEmpty();
    assertThat(index.search(fp("p", List.of(), "new"), 10, 3)).hasSize(1);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void put_mismatchedStamp() {
    InMemoryCandidateIndex index = new InMemoryCandidateIndex();
    index.put(ArticleId.of("a"), fp("minhash:k5", List.of(), "x"));
    assertThatThrownBy(() -> index.put(ArticleId.of("b"), fp("minhash:k4", List.of(), "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minhash:k4").hasMessageContaining("minhash:k5");
  }

  @Test
  void search_findsNearestSentenceVectors() {
    InMemoryCandidateIndex index = new InMemoryCandidateIndex(5);
    float[] x = unit(1, 0.1f, 0, 0);
    float[] y = unit(0, 0, 1, 0.2f);
    index.put(ArticleId.of("near"), fp("p", List.of(unit(1, 0.12f, 0.01f, 0))));
    index.put(ArticleId.of("far"), fp("p", List.of(y)));
    List<CandidateIndex.Hit> hits = index.search(fp("p", List.of(x)), 10, 2);
    assertThat(hits).extracting(h -> h.id().value()).containsExactly("near");
    assertThat(hits.getFirst().bestVectorScore()).isGreaterThan(0.99f);
  }

  private static float[] unit(float... v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    float[] out = new float[16];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(n));
    }
    return out;
  }
}
