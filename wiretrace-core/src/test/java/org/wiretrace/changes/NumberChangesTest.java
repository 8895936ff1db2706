package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberChangesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The ministers talked for nearly 4-1/2 hours on Friday.|The ministers talked for about four hours on Friday.",
      "The council approved a budget of $120 million for roads.|The council approved a budget of $210 million for roads.",
      "Seven villages were flooded after the storm.|Nine villages were flooded after the storm.",
      "Unemployment rose to 5.2 percent in the northern region.|Unemployment rose to 6.2 percent in the northern region.",
      "Both armies fire thousands of shells every day.|Both armies fire tens of thousands of shells every day.",
      "Hundreds of protesters gathered outside the court.|Thousands of protesters gathered outside the court.",
      "The bridge is 350 metres long and opened in spring.|The bridge is 530 metres long and opened in spring.",
      "The company cut 1,200 jobs at its two plants.|The company cut 2,100 jobs at its two plants.",
      "She finished third in the women's downhill race.|She finished second in the women's downhill race.",
      "The storm left 3.5 million homes without power.|The storm left 2.5 million homes without power.",
      "Doctors said the patient lost about 20 kg in a year.|Doctors said the patient lost about 40 kg in a year.",
      "The ferry carried twenty-five passengers and a crew of six.|The ferry carried thirty-five passengers and a crew of six.",
      "The index closed at 1,121.96 on Friday.|The index closed at 1,125 on Friday.",
      "Diesel futures settled .85 cent lower on Monday.|Diesel futures settled 85 cents lower on Monday."
  })
  void flag_valueChanged(String source, String derived) {
    List<Change> changes = flags(source, derived, ChangeKind.NUMBER);
    assertThat(changes).hasSize(1);
    assertThat(changes.getFirst().severity()).isIn(Severity.HIGH, Severity.MEDIUM);
    assertThat(changes.getFirst().sourceValue()).isNotEqualTo(changes.getFirst().derivedValue());
  }

  @Test
  void flag_preciseHedgedFiguresApart() {
    List<Change> changes = flags("Closures affected about 91.3 % of pupils in the region.",
        "Closures affected about 99.4 % of pupils in the region.", ChangeKind.NUMBER);
    assertThat(changes).singleElement().satisfies(c -> assertThat(c.explanation()).contains("91.3%", "99.4%"));
  }

  @Test
  void flag_equalFiguresWithoutOwnCounterpartsStayPaired() {
    assertThat(flags("Crews pulled 61 survivors from rooftops in Orsk, a town of 9,000 people about 12 kilometres downstream.",
        "In Orsk, a town of 9,000 located roughly 12 kilometres below the dam, crews plucked 61 people from roofs.",
        ChangeKind.NUMBER)).isEmpty();
  }

  @Test
  void flag_participleIsNoCountedNoun() {
    assertThat(flags("Officials have reported 18 suspected cases in the valley.", "Officials have reported 22 suspected cases in the valley.",
        ChangeKind.NUMBER)).singleElement().satisfies(c -> assertThat(c.explanation()).startsWith("number of cases changed"));
    assertThat(flags("The index ended at 1,626.49, based on the latest data.", "The index ended at 1,627.84, based on the latest data.",
        ChangeKind.NUMBER)).singleElement().satisfies(c -> assertThat(c.explanation()).startsWith("number changed"));
  }

  @Test
  void flag_roughHedgedFiguresClose() {
    assertThat(flags("About 40 boats left the harbour at dawn.", "About 44 boats left the harbour at dawn.", ChangeKind.NUMBER))
        .isEmpty();
  }

  @Test
  void flag_equalValueCountingAnotherNoun() {
    List<Change> changes = flags("The play holds a score of 71 out of 100, based on 64 critics.",
        "The play holds a score of 64 out of 100, based on 71 critics.", ChangeKind.NUMBER);
    assertThat(changes).extracting(Change::explanation).containsExactlyInAnyOrder(
        "score changed from 71 out of 100 to 64 out of 100", "number of critics changed from 64 critics to 71 critics");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The United States announced aid worth $350 million.|The United States announced 350 million US dollars in aid.",
      "The United States announced aid worth $350 million.|The United States announced $350m in aid.",
      "The talks lasted four and a half hours.|The talks lasted 4.5 hours.",
      "The talks lasted 4½ hours.|The talks went on for 4-1/2 hours.",
      "The match lasted 90 minutes in total.|The match lasted 1-1/2 hours in total.",
      "The fund holds $2.4 billion in assets.|Assets held by the fund total $2,400 million.",
      "Police said 12 people were hurt in the crash.|Twelve people were injured in the crash, police said.",
      "The plant employs about 3,000 workers.|Roughly 3,000 workers are employed at the plant.",
      "Putin and Xi greeted one another as friends.|Putin and Xi welcomed one other as friends.",
      "Inflation reached 7 percent in March.|Inflation hit 7% in March.",
      "The EU agreed to buy 1 million rounds of shells.|The EU agreed to purchase one million rounds of shells.",
      "It was his first trip abroad since the vote.|That was his first travel abroad since the vote.",
      "The stadium holds 50,000 fans.|The stadium has room for fifty thousand fans.",
      "The boxer weighed 220 pounds before the fight.|The boxer weighed 100 kg before the fight.",
      "Some 1.2 million farmers still grow the crop.|Some 1,2 million farmers still grow the crop.",
      "Diesel futures settled 0.85 cent lower on Monday.|Diesel futures settled .85 cent lower on Monday.",
      "The index closed at 1,121.96 on Friday.|The index closed at 1,121 on Friday."
  })
  void flag_sameQuantityReworded(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.NUMBER)).isEmpty();
  }

  @Test
  void flag_magnitudeWordsExplainFactor() {
    Change change = flags("Thousands of people fled the town.", "Tens of thousands of people fled the town.", ChangeKind.NUMBER).getFirst();
    assertThat(change.explanation()).contains("thousands").contains("tens of thousands").contains("10x");
    assertThat(change.severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void flag_hedgeOnlyChangeIsNoValueChange() {
    assertThat(flags("More than 40 people were arrested.", "40 people were arrested.", ChangeKind.NUMBER)).isEmpty();
    assertThat(flags("More than 40 people were arrested in the capital on Friday.", "40 people were arrested in the capital on Friday.",
        ChangeKind.NUMBER)).isEmpty();
  }

  @Test
  void flag_approximateHedgesAreNotAChange() {
    assertThat(flags("Nearly 40 people were arrested.", "About 40 people were arrested.", ChangeKind.NUMBER)).isEmpty();
  }

  @Test
  void flag_spansPointAtOriginalText() {
    String source = "The talks lasted nearly 4-1/2 hours.";
    String derived = "The talks lasted about four hours.";
    Change change = flags(source, derived, ChangeKind.NUMBER).getFirst();
    assertThat(change.sourceSpan().of(source)).isEqualTo("nearly 4-1/2 hours");
    assertThat(change.derivedSpan().of(derived)).isEqualTo("about four hours");
    assertThat(change.sourceValue()).isEqualTo("nearly 4.5 hours");
    assertThat(change.derivedValue()).isEqualTo("about 4 hours");
  }

  @Test
  void flag_droppedNumberIsNotFlagged() {
    assertThat(flags("The company, founded in 1998 with 40 staff, grew fast.", "The company grew fast.", ChangeKind.NUMBER)).isEmpty();
  }
}
