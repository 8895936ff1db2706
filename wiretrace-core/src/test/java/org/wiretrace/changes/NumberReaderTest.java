package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {

  private static List<NumberExpression> read(String text) {
    List<WordToken> words = PassageTokenizer.tokenize(text, 0).stream().filter(WordToken::isLexical).toList();
    return NumberReader.read(words, DateReader.read(words).stream().map(DateExpression::span).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nearly 4-1/2 hours|4.5|hour|BELOW",
      "about four hours|4|hour|APPROX",
      "four and a half hours|4.5|hour|EXACT",
      "4½ hours|4.5|hour|EXACT",
      "$350 million|350000000|USD|EXACT",
      "350 million US dollars|350000000|USD|EXACT",
      "$350m|350000000|USD|EXACT",
      "more than 1,200 people|1200||ABOVE",
      "half a million people|500000||EXACT",
      "a dozen eggs|12||EXACT",
      "one hundred and twenty soldiers|120||EXACT",
      "12.5 percent|12.5|%|EXACT",
      "6 per cent|6|%|EXACT",
      "155 mm shells|0.155|metre|EXACT",
      "€3bn|3000000000|EUR|EXACT"
  })
  void read_normalisesValueUnitAndHedge(String text, double value, String unit, String hedge) {
    NumberExpression n = read(text).getFirst();
    assertThat(n.value()).isCloseTo(value, org.assertj.core.data.Percentage.withPercentage(1e-6));
    assertThat(n.unit()).isEqualTo(unit == null ? "" : unit);
    assertThat(n.hedge().name()).isEqualTo(hedge);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"thousands of rounds|3", "tens of thousands of rounds|4", "hundreds of thousands of troops|5", "millions of people|6", "dozens of homes|1"})
  void read_vagueMagnitude(String text, int order) {
    assertThat(read(text).getFirst().order()).isEqualTo(order);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"in 2018 the law passed", "on March 14 the drone crashed", "they met one another", "no one was hurt"})
  void read_yearsDatesAndPronounsAreNotQuantities(String text) {
    assertThat(read(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"the third term|3", "the 21st century|21", "twenty-first birthday|21"})
  void read_ordinals(String text, int value) {
    NumberExpression n = read(text).getFirst();
    assertThat(n.ordinal()).isTrue();
    assertThat(n.value()).isEqualTo(value);
  }
}
