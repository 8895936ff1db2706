package org.wiretrace.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private static SketchParams params(long seed) {
    return new SketchParams(5, 128, seed, LshParams.optimal(0.5, 128, 0.5, 0.5));
  }

  @Test
  void estimateJaccard_withinThreeStandardErrorsOfExact() {
    long seed = 20261128L;
    SplittableRandom random = new SplittableRandom(seed);
    MinHasher hasher = new MinHasher(params(7));
    for (int trial = 0; trial < 50; trial++) {
      int shared = 50 + random.nextInt(400);
      int onlyA = random.nextInt(300);
      int onlyB = random.nextInt(300);
      long[] common = LongStream.generate(random::nextLong).limit(shared).toArray();
      long[] a = concat(common, LongStream.generate(random::nextLong).limit(onlyA).toArray());
      long[] b = concat(common, LongStream.generate(random::nextLong).limit(onlyB).toArray());
      double exact = shared / (double) (shared + onlyA + onlyB);
      double estimate = hasher.signature(a).estimateJaccard(hasher.signature(b));
      double error = Math.sqrt(exact * (1 - exact) / 128);
      assertThat(Math.abs(estimate - exact)).as("seed %d trial %d", seed, trial).isLessThanOrEqualTo(3 * error + 0.01);
    }
  }

  @Test
  void estimateJaccard_differentSeeds() {
    long[] set = {1, 2, 3};
    MinHashSignature a = new MinHasher(params(1)).signature(set);
    MinHashSignature b = new MinHasher(params(2)).signature(set);
    assertThatThrownBy(() -> a.estimateJaccard(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s1").hasMessageContaining("s2");
  }

  @Test
  void bandKeys_identicalSetsShareAllBands() {
    MinHasher hasher = new MinHasher(params(3));
    long[] set = {5, 8, 13, 21};
    assertThat(hasher.bandKeys(hasher.signature(set))).isEqualTo(hasher.bandKeys(hasher.signature(set.clone())));
  }

  @Test
  void optimal_bandingFitsAndCentresOnThreshold() {
    LshParams lsh = LshParams.optimal(0.3, 128, 0.3, 0.7);
    assertThat(lsh.bands() * lsh.rows()).isLessThanOrEqualTo(128);
    assertThat(lsh.probability(0.6)).isGreaterThan(0.95);
    assertThat(lsh.probability(0.05)).isLessThan(0.05);
    assertThat(lsh.falseNegativeMass(0.3)).isLessThan(0.05);
  }

  @Test
  void sketchParams_bandsExceedSignature() {
    assertThatThrownBy(() -> new SketchParams(5, 128, 1, new LshParams(24, 6)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24 × 6 = 144 exceeds numPerm 128");
  }

  @Test
  void shingles_distinctAndSorted() {
    long[] s = new Shingler(2, 1).shingles(java.util.List.of("a", "b", "a", "b", "c"));
    assertThat(s).hasSize(3);
    long[] sorted = s.clone();
    Arrays.sort(sorted);
    assertThat(s).isEqualTo(sorted);
  }

  private static long[] concat(long[] a, long[] b) {
    long[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
