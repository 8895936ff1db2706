package org.wiretrace.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.SentenceEmbedder;

class LazyOnnxEmbedderTest {

  @Test
  void providerEmbedder_namedAtOnce_loadsOnFirstSentence_sameVectorsAsEager() {
    SentenceEmbedder created = new OnnxEmbedderProvider().create();
    try (LazyOnnxEmbedder lazy = (LazyOnnxEmbedder) created;
        OnnxSentenceEmbedder eager = OnnxSentenceEmbedder.createDefault()) {
      assertThat(lazy.modelName()).isEqualTo(eager.modelName());
      assertThat(lazy.dimensions()).isEqualTo(eager.dimensions());
      assertThat(lazy.embed(List.of())).isEmpty();
      assertThat(lazy.loaded()).isFalse();

      List<String> texts = List.of("Floods hit Marrowdale.", "The council met on Tuesday.");
      List<float[]> vectors = lazy.embed(texts);

      assertThat(lazy.loaded()).isTrue();
      for (int i = 0; i < texts.size(); i++) {
        assertThat(vectors.get(i)).containsExactly(eager.embed(texts.get(i)));
      }
      assertThat(lazy.encode(texts).get(1).vector()).containsExactly(eager.embed(texts.get(1)));
    }
  }
}
