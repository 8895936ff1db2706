package org.wiretrace.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  @Test
  void fit_recoversSeparatingDirection() {
    SplittableRandom random = new SplittableRandom(3);
    double[][] x = new double[400][];
    boolean[] y = new boolean[400];
    for (int i = 0; i < x.length; i++) {
      x[i] = new double[] {random.nextDouble(-1, 1), random.nextDouble(-1, 1)};
      double logit = 4 * x[i][0] - 0.5;
      y[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit));
    }

    LogisticRegression model = LogisticRegression.fit(x, y, 0.1);

    assertThat(model.weights()[0]).isGreaterThan(1.0);
    assertThat(Math.abs(model.weights()[1])).isLessThan(0.4);
    assertThat(model.probability(new double[] {0.9, 0})).isGreaterThan(0.9);
    assertThat(model.probability(new double[] {-0.9, 0})).isLessThan(0.1);
  }

  @Test
  void fit_sameInputSameModel() {
    double[][] x = {{0.1, 3}, {0.9, 1}, {0.4, 2}, {0.8, 0}};
    boolean[] y = {false, true, false, true};

    LogisticRegression a = LogisticRegression.fit(x, y, 1);
    LogisticRegression b = LogisticRegression.fit(x, y, 1);

    assertThat(a.weights()).containsExactly(b.weights());
    assertThat(a.bias()).isEqualTo(b.bias());
  }

  @Test
  void fit_nonPositiveLambdaRejected() {
    assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}}, new boolean[] {true}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lambda = 0.0");
  }

  @Test
  void bestF1_separableScoresSplitBetweenClasses() {
    double[] scores = {0.9, 0.8, 0.3, 0.2, 0.7};
    boolean[] gold = {true, true, false, false, true};

    double threshold = ThresholdChoice.bestF1(scores, gold);

    assertThat(threshold).isBetween(0.3, 0.7);
  }
}
