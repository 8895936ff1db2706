package org.wiretrace.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxSentenceEmbedderTest {

  private static final List<String> SENTENCES =
      List.of(
          "The harbour authority closed the northern pier after a storm damaged two cranes.",
          "Officials in Lindmoor said the bridge would reopen on Tuesday.",
          "A spokesman declined to comment on the cost of the repairs.",
          "Farmers in the valley reported the driest spring in forty years.",
          "The council voted 7-2 to raise parking fees by 15 percent.",
          "Shares of the shipping firm fell 4.3% in early trading.");

  private static OnnxSentenceEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = OnnxSentenceEmbedder.createDefault();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void embed_unitLengthAndModelDimensions() {
    List<float[]> vectors = embedder.embed(SENTENCES);

    assertThat(vectors).hasSize(SENTENCES.size());
    for (float[] v : vectors) {
      assertThat(v).hasSize(384);
      assertThat(dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void embed_sameVectorRegardlessOfBatchOrderAndThread() {
    List<String> shuffled = new ArrayList<>(SENTENCES);
    Collections.reverse(shuffled);

    List<float[]> batch = embedder.embed(SENTENCES);
    List<float[]> reversed = embedder.embed(shuffled);
    for (int i = 0; i < SENTENCES.size(); i++) {
      float[] alone = embedder.embed(SENTENCES.get(i));
      assertThat(batch.get(i)).containsExactly(alone);
      assertThat(reversed.get(SENTENCES.size() - 1 - i)).containsExactly(alone);
    }
  }

  @Test
  void embed_paraphraseCloserThanUnrelated() {
    float[][] v =
        embedder
            .embed(
                List.of(
                    "The mayor resigned on Friday after weeks of pressure over the budget scandal.",
                    "Facing weeks of criticism about the budget affair, the mayor quit on Friday.",
                    "Heavy snow delayed trains across the eastern provinces this morning.",
                    "The mayor of the town opened a new library on Friday."))
            .toArray(new float[0][]);

    double paraphrase = dot(v[0], v[1]);
    assertThat(paraphrase).isGreaterThan(dot(v[0], v[2]) + 0.3);
    assertThat(paraphrase).isGreaterThan(dot(v[0], v[3]));
  }

  @Test
  void embed_concurrentCallersGetSequentialVectors() throws Exception {
    List<float[]> expected = SENTENCES.stream().map(embedder::embed).toList();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<float[]>>> results = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        results.add(callers.submit(() -> embedder.embed(SENTENCES)));
      }
      for (Future<List<float[]>> result : results) {
        List<float[]> got = result.get();
        for (int i = 0; i < expected.size(); i++) {
          assertThat(got.get(i)).containsExactly(expected.get(i));
        }
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void embed_emptyListAndEmptyText() {
    assertThat(embedder.embed(List.of())).isEmpty();
    assertThat(embedder.embed("")).hasSize(384);
  }

  @Test
  void embed_longTextTruncatedAtMaxTokens() {
    String words = "the committee will review the proposal again next month ".repeat(40);
    String longer = words + "while protesters gather outside the parliament building";

    assertThat(embedder.truncates(words)).isTrue();
    assertThat(embedder.truncates(SENTENCES.get(0))).isFalse();
    assertThat(embedder.embed(longer)).containsExactly(embedder.embed(words));
  }

  @Test
  void encode_wordPiecesWithoutSpecialTokensAndSameSentenceVector() {
    String text = "Unbelievable floods hit Marrowdale.";

    SentenceEncoding encoding = embedder.encode(text);

    assertThat(encoding.tokens())
        .containsExactly("unbelievable", "floods", "hit", "marrow", "##dale", ".");
    assertThat(encoding.tokenVectors().length).isEqualTo(encoding.tokens().size());
    assertThat(dot(encoding.tokenVectors()[0], encoding.tokenVectors()[0]))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(encoding.vector()).containsExactly(embedder.embed(text));
    assertThat(embedder.encode(List.of(text, text)).get(1).vector())
        .containsExactly(encoding.vector());
  }

  @Test
  void modelName_namesModelPoolingDimensionsAndRuntime() {
    assertThat(embedder.modelName()).matches("all-minilm-l6-v2-q/mean/384/ort-1\\.20\\.0");
    assertThat(embedder.dimensions()).isEqualTo(384);
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }
}
