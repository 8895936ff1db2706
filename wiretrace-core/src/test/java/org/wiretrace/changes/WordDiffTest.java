package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  private static List<WordDiff.Hunk> diff(String a, String b) {
    return WordDiff.diff(List.of(a.split(" ")), List.of(b.split(" ")), Function.identity());
  }

  @Test
  void diff_replacementBetweenSharedWords() {
    List<WordDiff.Hunk> hunks = diff("they met as dear friends today", "they met as expensive companions today");
    assertThat(hunks).containsExactly(
        new WordDiff.Hunk(true, 0, 3, 0, 3), new WordDiff.Hunk(false, 3, 5, 3, 5), new WordDiff.Hunk(true, 5, 6, 5, 6));
  }

  @Test
  void diff_hunksCoverBothSidesInOrder() {
    List<WordDiff.Hunk> hunks = diff("a b c d e f", "x b d y f z");
    int s = 0;
    int d = 0;
    for (WordDiff.Hunk h : hunks) {
      assertThat(h.sourceFrom()).isEqualTo(s);
      assertThat(h.derivedFrom()).isEqualTo(d);
      s = h.sourceTo();
      d = h.derivedTo();
    }
    assertThat(s).isEqualTo(6);
    assertThat(d).isEqualTo(6);
    assertThat(hunks.stream().filter(WordDiff.Hunk::equal).mapToInt(WordDiff.Hunk::sourceLength).sum()).isEqualTo(3);
  }

  @Test
  void diff_identicalIsOneEqualHunk() {
    assertThat(diff("same words here", "same words here")).containsExactly(new WordDiff.Hunk(true, 0, 3, 0, 3));
  }
}
