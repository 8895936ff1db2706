package org.wiretrace.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The branch-free merge counts the same intersection as a set does, on seeded sorted sets. */
class SentenceProfileOverlapTest {

  @Test
  void overlapEqualsSetIntersection() {
    Random random = new Random(13);
    long[] pool = random.longs(60).toArray();
    for (int c = 0; c < 2000; c++) {
      long[] a = sortedSet(random, pool, random.nextInt(30));
      long[] b = sortedSet(random, pool, random.nextInt(30));
      Set<Long> shared = new HashSet<>();
      for (long x : a) {
        shared.add(x);
      }
      Set<Long> inB = new HashSet<>();
      for (long y : b) {
        inB.add(y);
      }
      shared.retainAll(inB);
      assertThat(SentenceProfile.overlap(a, b)).as("case %d", c).isEqualTo(shared.size());
      assertThat(SentenceProfile.overlap(b, a)).as("case %d swapped", c).isEqualTo(shared.size());
    }
  }

  @Test
  void overlapOfDisjointRangesAndExtremesIsExact() {
    assertThat(SentenceProfile.overlap(new long[] {Long.MIN_VALUE, -5}, new long[] {-4, Long.MAX_VALUE})).isZero();
    assertThat(SentenceProfile.overlap(new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
        new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE})).isEqualTo(2);
    assertThat(SentenceProfile.overlap(new long[0], new long[] {1})).isZero();
  }

  /** Draws a sorted distinct set, mostly from a shared pool so that sets overlap. */
  private static long[] sortedSet(Random random, long[] pool, int size) {
    TreeSet<Long> set = new TreeSet<>();
    while (set.size() < size) {
      set.add(random.nextInt(3) == 0 ? random.nextLong() : pool[random.nextInt(pool.length)]);
    }
    return set.stream().mapToLong(Long::longValue).toArray();
  }
}
