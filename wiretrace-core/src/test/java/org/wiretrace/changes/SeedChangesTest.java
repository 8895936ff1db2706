package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance on the shared seed articles: the documented changes are flagged, verbatim copies are not. */
class SeedChangesTest {

  private final ChangeFlagger flagger = new ChangeFlagger();

  private List<Change> flags(String sourcePhrase, String derivedSeed, String derivedPhrase) {
    Passage source = SeedSentences.sentence("000", sourcePhrase);
    Passage derived = SeedSentences.sentence(derivedSeed, derivedPhrase);
    return flagger.flag(source, derived);
  }

  @Test
  void flag_seed001Duration() {
    List<Change> changes = flags("nearly 4-1/2 hours", "001", "about four hours");
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.NUMBER);
      assertThat(c.sourceText()).contains("4-1/2 hours");
      assertThat(c.derivedText()).contains("four hours");
      assertThat(c.sourceValue()).contains("4.5");
      assertThat(c.derivedValue()).contains("4");
    });
  }

  @Test
  void flag_seed001Magnitude() {
    List<Change> changes = flags("thousands of rounds per day", "001", "tens of thousands of rounds daily");
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.NUMBER);
      assertThat(c.derivedText()).contains("tens of thousands");
      assertThat(c.explanation()).contains("10x");
    });
  }

  @Test
  void flag_seed001KirbyQuote() {
    List<Change> changes = flags("marriage of convenience", "001", "marriage of convenience");
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.QUOTE);
      assertThat(c.severity()).isEqualTo(Severity.HIGH);
      assertThat(c.derivedText()).contains("more of a marriage of convenience than devotion");
    });
  }

  @Test
  void flag_seed003NextYear() {
    List<Change> changes = flags("re-elect him next year", "003", "in 2018");
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.DATE);
      assertThat(c.sourceText()).isEqualTo("next year");
      assertThat(c.derivedText()).isEqualTo("2018");
    });
  }

  @Test
  void flag_seed003LastMonth() {
    List<Change> changes = flags("third term last month", "003", "earlier this month");
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.DATE);
      assertThat(c.sourceText()).isEqualTo("last month");
      assertThat(c.derivedText()).isEqualTo("earlier this month");
    });
  }

  @Test
  void flag_seed003DearFriend() {
    List<Change> changes = flags("dear friend", "003", "expensive companion");
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.TORTURED);
      assertThat(c.sourceText()).isEqualTo("dear friend");
      assertThat(c.derivedText()).isEqualTo("expensive companion");
    });
  }

  @Test
  void flag_seed002VerbatimSentencesCarryNoFlag() {
    String source = SeedSentences.article("000");
    String derived = SeedSentences.article("002");
    int verbatim = 0;
    for (String line : source.split("\n")) {
      for (var span : new org.wiretrace.text.SentenceSplitter().split(line, 0)) {
        String sentence = span.of(line);
        int at = derived.indexOf(sentence);
        if (sentence.length() > 40 && at >= 0) {
          verbatim++;
          Passage s = new Passage(source, new org.wiretrace.model.Span(source.indexOf(sentence), source.indexOf(sentence) + sentence.length()), null);
          Passage d = new Passage(derived, new org.wiretrace.model.Span(at, at + sentence.length()), null);
          assertThat(flagger.flag(s, d)).as(sentence).isEmpty();
        }
      }
    }
    assertThat(verbatim).isGreaterThan(5);
  }
}
