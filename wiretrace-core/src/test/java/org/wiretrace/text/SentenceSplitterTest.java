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
      "Gen. Mark Milley spoke. It was brief.|2",
      "The meeting ended at 4 p.m. E.T. on Monday. Talks resume Tuesday.|2",
      "Shares of J.P. Morgan rose 2.5%. Analysts were surprised.|2",
      "He lives at No. 10 Downing St. in London. It is old.|2",
      "The talks began on Jan. 5 in St. Louis. They ended Feb. 2.|2",
      "He said \"We will win.\" Then he left.|2",
      "The firm, Acme Inc., filed suit. Its rival did not.|2",
      "Prof. A. B. Smith spoke. Mr. Jones replied.|2",
      "The vote was 7-2. Okafor said the ferry would run at 6 a.m. The council agreed.|3",
      "Putin and Xi talked for nearly 4½ hours on Monday.|1"
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
