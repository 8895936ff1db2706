package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageTokenizerTest {

  @Test
  void tokenize_keepsNumbersWordsAndQuoteMarksWithAbsoluteOffsets() {
    String text = "Xi’s “dear friend” talked for nearly 4-1/2 hours, re-elected in the U.S. for $350m.";
    List<WordToken> tokens = PassageTokenizer.tokenize(text, 100);
    assertThat(tokens).extracting(WordToken::text).contains("Xi’s", "“", "dear", "”", "4-1/2", "re-elected", "U.S", "$", "350", "m");
    for (WordToken t : tokens) {
      assertThat(text.substring(t.start() - 100, t.end() - 100)).isEqualTo(t.text());
    }
    assertThat(tokens.stream().filter(t -> t.text().equals("Xi’s")).findFirst().orElseThrow().norm()).isEqualTo("xi's");
  }

  @Test
  void tokenize_vulgarFractionStaysWithItsNumber() {
    assertThat(PassageTokenizer.tokenize("4½ hours", 0)).extracting(WordToken::text).containsExactly("4½", "hours");
  }
}
