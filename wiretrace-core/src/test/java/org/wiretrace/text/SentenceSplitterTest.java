package org.wiretrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wiretrace.model.Span;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text, 0).stream().map(s -> s.of(text)).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "U.S. Secretary of State Antony Blinken said so. He left.|2",
      "Mr. Smith met Dr. Jones at 4 p.m. on Monday. They talked.|2",
      "They talked for nearly 4-1/2 hours. Then they ate.|2",
      "The EU will buy 1 million rounds of 155 mm shells. Both sides fire thousands.|2",
      "Growth was 4.5 percent in the U.S. last year.|1",
      "He moved to the U.S. The move was costly.|2",
      "Gen. Mark Milley spoke. It was brief.|2"
  })
  void split_knownHardCases(String text, int expected) {
    assertThat(sentences(text)).hasSize(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Hello there. General Kenobi!", "  One.  Two?  Three!  "})
  void split_spansPointAtTrimmedOriginalText(String text) {
    for (Span span : splitter.split(text, 0)) {
      String sentence = span.of(text);
      assertThat(sentence).isEqualTo(sentence.strip()).isNotEmpty();
    }
  }
}
