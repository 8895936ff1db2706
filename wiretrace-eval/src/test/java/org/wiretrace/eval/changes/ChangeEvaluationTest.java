package org.wiretrace.eval.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChangeEvaluationTest {

  // The second changed pair repeats its sentence: no rule can flag identical text, so it is a sure
  // miss and the recall arithmetic below does not depend on how clever the flagger is.
  private static final String LINES = String.join("\n",
      "{\"source\":\"The talks lasted 4 hours.\",\"derived\":\"The talks lasted 6 hours.\",\"changed\":true,\"kind_hint\":\"number\"}",
      "{\"source\":\"The vote is next week.\",\"derived\":\"The vote is next week.\",\"changed\":true,\"kind\":\"date\"}",
      "not json at all",
      "{\"source\":\"Missing label.\",\"derived\":\"Missing label.\"}",
      "",
      "{\"source\":\"Seven people were hurt.\",\"derived\":\"7 people were injured.\",\"changed\":false}",
      "{\"source\":\"He resigned in 2019.\",\"derived\":\"He resigned in 2020.\",\"changed\":false}");

  private String run(ChangeEvaluation.ChangeScores[] holder) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      holder[0] = new ChangeEvaluation().run(new BufferedReader(new StringReader(LINES)), out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_scoresRecallAndFalseFlags() throws IOException {
    ChangeEvaluation.ChangeScores[] scores = new ChangeEvaluation.ChangeScores[1];
    String report = run(scores);
    assertThat(scores[0].n()).isEqualTo(4);
    assertThat(scores[0].recall()).isEqualTo(0.5);
    assertThat(scores[0].falseFlagRate()).isEqualTo(0.5);
    assertThat(report.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("recall=0.500 false_flag_rate=0.500 n=4");
    assertThat(report).contains("recall[number] = 1.000 (1/1)").contains("recall[date] = 0.000 (0/1)");
    assertThat(report).contains("NUMBER=1").contains("DATE=1");
  }

  @Test
  void run_reportsBadLinesWithNumbers() throws IOException {
    ChangeEvaluation.ChangeScores[] scores = new ChangeEvaluation.ChangeScores[1];
    String report = run(scores);
    assertThat(report).contains("line 3: skipped, not JSON").contains("line 4: skipped, field \"changed\"");
    assertThat(scores[0].badLines()).isEqualTo(2);
  }

  @Test
  void listing_holdsOnlyDevelopmentPairs() throws IOException {
    HoldOutSplit split = new HoldOutSplit(0.5, 3);
    ByteArrayOutputStream listed = new ByteArrayOutputStream();
    try (PrintStream listing = new PrintStream(listed, true, StandardCharsets.UTF_8);
        PrintStream report = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
      new ChangeEvaluation(new org.wiretrace.changes.ChangeFlagger(), split).listingDevelopmentTo(listing)
          .run(new BufferedReader(new StringReader(LINES)), report);
    }
    // Listed pairs of the fixture: the changed lines 1 and 2 and the flagged unchanged line 7; line 6 is unflagged.
    java.util.List<String> expected = java.util.stream.Stream.of(1, 2, 7).filter(n -> !split.isHeldOut(n)).map(n -> "{\"line\":" + n + ",").toList();
    java.util.List<String> lines = listed.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(expected.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).startsWith(expected.get(i));
    }
  }
}
