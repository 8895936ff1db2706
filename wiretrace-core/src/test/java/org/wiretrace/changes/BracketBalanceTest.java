package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wiretrace.model.Span;

/** A flag's spans never cut through a bracket (a ticker, a parenthesis) they open or close. */
class BracketBalanceTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a unit of Reuters Inc <REUT>.|Reuters Inc <REUT|Reuters Inc <REUT>",
      "a unit of Reuters Inc <REUT>.|REUT>|<REUT>",
      "the fund (PXF) said|(PXF|(PXF)",
      "the fund (PXF) said|fund|fund",
      "a plan (for two years) said|(for|(for"})
  void balanced_widensToTheMissingMarkWithinTheWord(String text, String spanned, String expected) {
    int start = text.indexOf(spanned);
    Span span = BracketBalance.balanced(new Span(start, start + spanned.length()), text);

    assertThat(span.of(text)).isEqualTo(expected);
  }

  @Test
  void flag_renamedCompanyWithItsTicker_showsBothTickersWhole() {
    assertThat(flags("The trading room format was created by Rich Inc, a subsidiary of Reuters Inc <REUT>.",
        "The trading room format was created by Rich Inc, a subsidiary of Reuters Holdings Plc <RTRSY>."))
        .isNotEmpty()
        .allSatisfy(c -> {
          assertThat(c.sourceText().chars().filter(ch -> ch == '<').count())
              .isEqualTo(c.sourceText().chars().filter(ch -> ch == '>').count());
          assertThat(c.derivedText().chars().filter(ch -> ch == '<').count())
              .isEqualTo(c.derivedText().chars().filter(ch -> ch == '>').count());
        });
  }
}
