package org.wiretrace.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on the public MSRP training file (shared data, not in the project): fit on a
 * seeded 80% and score the held-out 20% with the ONNX embedder. Several minutes on two busy cores,
 * so tagged slow; the quality figure itself comes from the harness command, not from this test.
 */
@Tag("slow")
class MsrpHeldOutIT {

  @Test
  void run_msrpHeldOutAboveLexicalBaseline() throws IOException {
    Path file =
        Path.of(
            System.getProperty("wiretrace.shared", "../shared"),
            "eval/msrp/msr_paraphrase_train.txt");
    assumeTrue(Files.isRegularFile(file), "MSRP training file absent: " + file);
    PairEvalOptions options =
        new PairEvalOptions(
            PairFormat.MSRP, file, file, null, null, 0.2, 0, 42, PairEvalOptions.DEFAULT_LAMBDA);

    PairScores scores =
        PairEvaluation.run(
            options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(scores.n()).isEqualTo(816);
    assertThat(scores.f1()).isGreaterThan(0.80);
  }
}
