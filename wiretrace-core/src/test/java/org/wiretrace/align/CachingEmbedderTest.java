package org.wiretrace.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

  @Test
  void embed_computesOnlyMissingSentencesOnce() {
    LexicalEmbedder lexical = new LexicalEmbedder();
    List<String> computed = new ArrayList<>();
    SentenceEmbedder counting = new SentenceEmbedder() {
      @Override public String modelName() { return lexical.modelName(); }
      @Override public int dimensions() { return lexical.dimensions(); }
      @Override public List<float[]> embed(List<String> texts) {
        computed.addAll(texts);
        return lexical.embed(texts);
      }
    };
    Map<String, float[]> store = new TreeMap<>();
    EmbeddingCache cache = new EmbeddingCache() {
      @Override public Map<String, float[]> get(String model, List<String> texts) {
        Map<String, float[]> out = new TreeMap<>();
        texts.stream().filter(store::containsKey).forEach(t -> out.put(t, store.get(t)));
        return out;
      }
      @Override public void put(String model, Map<String, float[]> vectors) {
        store.putAll(vectors);
      }
    };
    CachingEmbedder caching = new CachingEmbedder(counting, cache);
    caching.embed(List.of("One sentence.", "Two sentences.", "One sentence."));
    List<float[]> again = caching.embed(List.of("Two sentences.", "Three."));
    assertThat(computed).containsExactly("One sentence.", "Two sentences.", "Three.");
    assertThat(again.getFirst()).isEqualTo(lexical.embed(List.of("Two sentences.")).getFirst());
  }

  @Test
  void embed_lexicalVectorsAreUnitAndDeterministic() {
    LexicalEmbedder a = new LexicalEmbedder();
    float[] v = a.embed(List.of("Putin met Xi in the Kremlin on Monday.")).getFirst();
    assertThat(Vectors.dot(v, v)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
    assertThat(new LexicalEmbedder().embed(List.of("Putin met Xi in the Kremlin on Monday.")).getFirst()).isEqualTo(v);
  }
}
