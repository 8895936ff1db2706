package org.wiretrace.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbeddingModelSpecTest {

  @Test
  void allMiniLmL6V2Q_defaults() {
    EmbeddingModelSpec spec = EmbeddingModelSpec.allMiniLmL6V2Q();

    assertThat(spec.dimensions()).isEqualTo(384);
    assertThat(spec.maxTokens()).isEqualTo(256);
    assertThat(spec.pooling()).isEqualTo(Pooling.MEAN);
    assertThat(spec.modelName("1.20.0")).isEqualTo("all-minilm-l6-v2-q/mean/384/ort-1.20.0");
    assertThat(OnnxSentenceEmbedder.isAvailable(spec)).isTrue();
  }

  @Test
  void new_maxTokensBeyondPositionsRejected() {
    EmbeddingModelSpec spec = EmbeddingModelSpec.allMiniLmL6V2Q();

    assertThatThrownBy(
            () ->
                new EmbeddingModelSpec(
                    spec.name(),
                    spec.onnxResource(),
                    spec.tokenizerResource(),
                    384,
                    600,
                    Pooling.MEAN,
                    2,
                    1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxTokens = 600");
  }

  @Test
  void withWorkers_zeroRejected() {
    assertThatThrownBy(() -> EmbeddingModelSpec.allMiniLmL6V2Q().withWorkers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workers = 0");
  }

  @Test
  void isAvailable_missingResourceFalse() {
    EmbeddingModelSpec spec = EmbeddingModelSpec.allMiniLmL6V2Q();
    EmbeddingModelSpec missing =
        new EmbeddingModelSpec(
            "none", "no-such.onnx", spec.tokenizerResource(), 384, 256, Pooling.MEAN, 1, 1);

    assertThat(OnnxSentenceEmbedder.isAvailable(missing)).isFalse();
  }

  @Test
  void pool_meanIgnoresMaskedTokensAndNormalises() {
    float[][] hidden = {{1, 0}, {3, 0}, {100, 100}};

    assertThat(Pooling.MEAN.pool(hidden, new long[] {1, 1, 0})).containsExactly(1f, 0f);
    assertThat(Pooling.CLS.pool(hidden, new long[] {1, 1, 1})).containsExactly(1f, 0f);
  }
}
