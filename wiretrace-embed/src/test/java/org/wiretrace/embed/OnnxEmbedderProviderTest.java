package org.wiretrace.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentenceEmbedderProvider;

class OnnxEmbedderProviderTest {

  @Test
  void discover_findsOnnxProvider() {
    List<SentenceEmbedderProvider> providers = SentenceEmbedderProvider.discover();

    assertThat(providers).extracting(SentenceEmbedderProvider::name).contains("onnx-minilm");
    assertThat(SentenceEmbedderProvider.best())
        .map(SentenceEmbedderProvider::name)
        .hasValue("onnx-minilm");
  }

  @Test
  void create_closedEmbedderRefusesWork() throws Exception {
    SentenceEmbedder embedder = new OnnxEmbedderProvider().create();
    assertThat(embedder).isInstanceOf(AutoCloseable.class);
    ((AutoCloseable) embedder).close();
    ((AutoCloseable) embedder).close();

    assertThatThrownBy(() -> embedder.embed(List.of("a sentence")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
