package org.wiretrace.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairScoresTest {

  @Test
  void count_metricsOfPositiveClass() {
    boolean[] gold = {true, true, true, false, false};
    boolean[] predicted = {true, true, false, true, false};

    PairScores scores = PairScores.count(gold, predicted);

    assertThat(scores).isEqualTo(new PairScores(2, 1, 1, 1));
    assertThat(scores.accuracy()).isCloseTo(0.6, within(1e-12));
    assertThat(scores.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(scores.recall()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(scores.summaryLine())
        .isEqualTo("accuracy=0.6000 precision=0.6667 recall=0.6667 f1=0.6667 n=5");
  }

  @Test
  void f1_noPredictedPositivesIsZero() {
    PairScores scores = PairScores.count(new boolean[] {true}, new boolean[] {false});

    assertThat(scores.f1()).isZero();
    assertThat(scores.precision()).isZero();
  }
}
