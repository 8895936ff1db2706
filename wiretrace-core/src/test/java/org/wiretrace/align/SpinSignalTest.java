package org.wiretrace.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spin diff tells words replaced in place from clauses moved, added or dropped. */
class SpinSignalTest {

  @Test
  void diff_adjacentWordsReplacedInPlace_areParallel() {
    // a b c d e -> a X Y d e: two words replaced by two, the skeleton kept
    SpinSignal.Diff diff = SpinSignal.diff(new long[] {1, 2, 3, 4, 5}, new long[] {1, 9, 8, 4, 5});

    assertThat(diff.parallel()).isEqualTo(2);
    assertThat(diff.uneven()).isZero();
    assertThat(diff.swaps()).isZero();
  }

  @Test
  void diff_clauseMovedToTheFront_isUneven() {
    // a b c d e -> d e a b c: the moved clause leaves a gap on one side only
    SpinSignal.Diff diff = SpinSignal.diff(new long[] {1, 2, 3, 4, 5}, new long[] {4, 5, 1, 2, 3});

    assertThat(diff.parallel()).isZero();
    assertThat(diff.uneven()).isEqualTo(4);
  }

  @Test
  void diff_singleWordsReplaced_areSwapsAndParallel() {
    SpinSignal.Diff diff = SpinSignal.diff(new long[] {1, 2, 3, 4, 5}, new long[] {1, 7, 3, 8, 5});

    assertThat(diff.swaps()).isEqualTo(2);
    assertThat(diff.parallel()).isEqualTo(2);
  }
}
