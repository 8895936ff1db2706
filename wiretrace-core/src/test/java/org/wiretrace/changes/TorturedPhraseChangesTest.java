package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TorturedPhraseChangesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The leaders greeted each other as dear friends at the summit.|The leaders greeted each other as expensive companions at the summit.",
      "The model uses artificial intelligence to sort images.|The model uses counterfeit consciousness to sort images.",
      "The prime minister arrived late.|The top priest arrived late.",
      "Researchers applied deep learning to the scans.|Researchers applied profound learning to the scans.",
      "The death toll rose to nine overnight.|The passing toll rose to nine overnight.",
      "The study tracked breast cancer rates for a decade.|The study tracked bosom peril rates for a decade."
  })
  void flag_establishedPhraseSwappedWordByWord(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.TORTURED)).singleElement()
        .satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.MEDIUM));
  }

  @Test
  void flag_repeatedPhraseOfTheArticleCountsAsEstablished() {
    String article = "The ‘golden bridge’ deal was signed. Officials praised the golden bridge plan on Monday.";
    Passage source = new Passage(article, new org.wiretrace.model.Span(article.indexOf("Officials"), article.length()), null);
    assertThat(SpinLexicon.substitutes("golden", "gilded")).isFalse();
    assertThat(new ChangeFlagger().flag(source, Passage.of("Officials praised the gilded span plan on Monday."))
        .stream().filter(c -> c.kind() == ChangeKind.TORTURED)).isEmpty();
  }

  @Test
  void flag_isolatedBecameConfinedIsLow() {
    assertThat(flags("The isolated president met his ally.", "The confined president met his ally.", ChangeKind.TORTURED))
        .singleElement().satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.LOW));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The press conference ended early.|The news conference ended early.",
      "The prime minister arrived late.|The premier arrived late.",
      "He showcased his most powerful ally.|He highlighted his strongest partner.",
      "Heavy rain flooded the valley.|Torrential rain flooded the valley."
  })
  void flag_ordinaryRewordingIsNotTortured(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.TORTURED)).isEmpty();
  }
}
