package org.wiretrace.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bit-parallel LCS and the spin diff agree with the textbook dynamic programme. */
class LcsTest {

  /** Seeded cases: lengths around the 64-bit word boundaries, alphabets from 2 to 40 symbols. */
  static Stream<Arguments> cases() {
    Random random = new Random(0x1C5L);
    int[] lengths = {0, 1, 5, 63, 64, 65, 127, 128, 130, 200};
    return Stream.iterate(0, i -> i + 1).limit(300).map(i -> {
      int alphabet = 2 + random.nextInt(39);
      long[] x = sequence(random, lengths[random.nextInt(lengths.length)], alphabet);
      long[] y = sequence(random, lengths[random.nextInt(lengths.length)], alphabet);
      return Arguments.of(i, x, y);
    });
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void bitParallelLengthEqualsDynamicProgramme(int index, long[] x, long[] y) {
    assertThat(Lcs.length(x, y)).isEqualTo(reference(x, y));
    assertThat(Lcs.length(y, x)).isEqualTo(reference(x, y));
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void spinDiffCommonLengthEqualsDynamicProgramme(int index, long[] x, long[] y) {
    assertThat(SpinSignal.diff(x, y).common()).isEqualTo(reference(x, y));
  }

  private static long[] sequence(Random random, int length, int alphabet) {
    long[] out = new long[length];
    for (int i = 0; i < length; i++) {
      // Spread symbols over the whole long range, negative values included, as hashes are.
      out[i] = (random.nextInt(alphabet) + 1) * 0x9E3779B97F4A7C15L;
    }
    return out;
  }

  private static int reference(long[] x, long[] y) {
    int[][] table = new int[x.length + 1][y.length + 1];
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        table[i][j] = x[i - 1] == y[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
      }
    }
    return table[x.length][y.length];
  }
}
