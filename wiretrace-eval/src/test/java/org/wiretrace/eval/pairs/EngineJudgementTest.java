package org.wiretrace.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.ParaphraseModel;
import org.wiretrace.align.SentencePairJudge;
import org.wiretrace.embed.EmbeddingModelSpec;
import org.wiretrace.embed.OnnxSentenceEmbedder;

/**
 * The shipped coefficient sets of the engine's sentence-pair judgement against the MSRP training
 * file (shared data, not in the project; skipped when absent): a refit reproduces the shipped
 * lexical and wording sets, and the shipped sets score the held-out split above a floor.
 */
class EngineJudgementTest {

  private static final Offset<Double> SAME = Offset.offset(1e-6);

  @TempDir Path dir;

  @Test
  void fit_lexical_reproducesShippedSets() throws IOException {
    Path out = dir.resolve("models.txt");
    EngineJudgement.run(msrp(), PairFormat.MSRP, List.of(new LexicalEmbedder()), out, quiet());
    List<ParaphraseModel> refit = ParaphraseModel.parse(Files.readAllLines(out, StandardCharsets.UTF_8));
    assertThat(refit).hasSize(2);
    for (ParaphraseModel m : refit) {
      ParaphraseModel shipped = SentencePairJudge.shipped(m.embedder());
      assertThat(shipped.embedder()).isEqualTo(m.embedder());
      assertThat(shipped.threshold()).isCloseTo(m.threshold(), SAME);
      assertThat(shipped.bias()).isCloseTo(m.bias(), SAME);
      assertThat(shipped.weights()).containsExactly(m.weights(), SAME);
      assertThat(shipped.means()).containsExactly(m.means(), SAME);
    }
  }

  @Test
  void run_shippedLexical_heldOutAboveFloor() throws IOException {
    PairScores scores = EngineJudgement.run(msrp(), PairFormat.MSRP, List.of(new LexicalEmbedder()), null, quiet());
    assertThat(scores.n()).isEqualTo(1223);
    assertThat(scores.f1()).isGreaterThan(0.82);
    assertThat(scores.accuracy()).isGreaterThan(0.74);
  }

  @Test
  @Tag("slow")
  void run_shippedMiniLm_heldOutAboveFloor() throws IOException {
    assumeTrue(OnnxSentenceEmbedder.isAvailable(EmbeddingModelSpec.allMiniLmL6V2Q()), "ONNX model absent");
    try (OnnxSentenceEmbedder onnx = OnnxSentenceEmbedder.createDefault()) {
      PairScores scores = EngineJudgement.run(msrp(), PairFormat.MSRP, List.of(onnx), null, quiet());
      assertThat(scores.f1()).isGreaterThan(0.82);
    }
  }

  private static Path msrp() {
    Path file = Path.of(System.getProperty("wiretrace.shared", "../shared"), "eval/msrp/msr_paraphrase_train.txt");
    assumeTrue(Files.isRegularFile(file), "MSRP training file absent: " + file);
    return file;
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
