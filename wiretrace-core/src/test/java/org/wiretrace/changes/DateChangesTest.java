package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;
import static org.wiretrace.changes.FlagAssertions.flagsPublished;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateChangesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The minister resigned last month after the vote.|The minister resigned earlier this month after the vote.",
      "The summit will be held on Monday in Geneva.|The summit will be held on Tuesday in Geneva.",
      "The factory closed in March after a fire.|The factory closed in April after a fire.",
      "The treaty was signed in 2019 by both sides.|The treaty was signed in 2021 by both sides.",
      "The drone crashed on March 14 near the coast.|The drone crashed on March 15 near the coast.",
      "Elections are expected next year, officials said.|Elections are expected this year, officials said.",
      "The law took effect two years ago.|The law took effect three years ago."
  })
  void flag_timeChanged(String source, String derived) {
    List<Change> changes = flags(source, derived, ChangeKind.DATE);
    assertThat(changes).singleElement().satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void flag_adjacentRelativeDaysComparedOnlyWithAPublicationDay() {
    String source = "The company reported the loss yesterday.";
    String derived = "The company reported the loss today.";
    assertThat(flags(source, derived, ChangeKind.DATE)).isEmpty();
    assertThat(flagsPublished(source, derived, "2024-05-14").stream().filter(c -> c.kind() == ChangeKind.DATE))
        .singleElement().satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.HIGH));
    assertThat(flags("The company reported the loss two days ago.", "The company reported the loss today.", ChangeKind.DATE))
        .hasSize(1);
  }

  @Test
  void flag_severalDatesWithOnlyTheirYearsChanged() {
    List<Change> changes = flags("The council said in May 2016 that homes sold from June 2016 onwards pay the new tax.",
        "The council said in May 2015 that homes sold from June 2015 onwards pay the new tax.", ChangeKind.DATE);
    assertThat(changes).extracting(Change::sourceText).containsExactly("May 2016", "June 2016");
    assertThat(changes).extracting(Change::derivedText).containsExactly("May 2015", "June 2015");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "He predicted voters would re-elect him next year.|He predicted voters would re-elect him the following year.",
      "The drone crashed on March 14 near the coast.|The drone crashed near the coast on 14 March.",
      "The deal was signed on Friday in Brussels.|On Friday, the deal was signed in Brussels.",
      "Talks resumed in the second half of 2022.|In the second half of 2022, talks resumed.",
      "The vote was held last summer.|The vote took place last year.",
      "She may march to the capital.|She might march to the capital.",
      "Trading was halted yesterday.|Trading was halted on Monday."
  })
  void flag_sameTimeReworded(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.DATE)).isEmpty();
  }

  @Test
  void flag_relativeToAbsoluteWithoutPublicationIsJudgedByTheYearsItsArticleNames() {
    Change c = flags("Xi, who took power in 2022, predicted Russians would re-elect him next year.",
        "Xi predicted Russians would choose him again in 2018.", ChangeKind.DATE).getFirst();
    assertThat(c.severity()).isEqualTo(Severity.LOW);
    assertThat(c.sourceText()).isEqualTo("next year");
    assertThat(c.derivedText()).isEqualTo("2018");
    assertThat(c.explanation()).contains("no publication date").contains("names 2022");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Xi predicted Russians would re-elect him next year.|Xi predicted Russians would choose him again in 2018.",
      "The company had an operating loss of $56.7 million in the first half of 2003.|In the first half of this year, the company lost $56.7 million.",
      "Prices rose sharply last month, traders said.|In June, prices climbed steeply, according to traders.",
      "A former employee pleaded guilty to setting off a bomb during the Winter Olympics last year.|A former meter reader admitted bombing a substation during the 2002 Winter Olympics."
  })
  void flag_relativeToAbsoluteWithoutPublicationAndNothingRulingItOutIsNotFlagged(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.DATE)).isEmpty();
  }

  @Test
  void flag_relativeResolvedAgainstPublicationDate() {
    List<Change> wrong = flagsPublished("Voters will re-elect him next year.", "Voters will re-elect him in 2018.", "2023-03-21");
    assertThat(wrong).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.DATE);
      assertThat(c.severity()).isEqualTo(Severity.HIGH);
      assertThat(c.sourceValue()).isEqualTo("2024");
      assertThat(c.derivedValue()).isEqualTo("2018");
    });
    assertThat(flagsPublished("Voters will re-elect him next year.", "Voters will re-elect him in 2024.", "2023-03-21")).isEmpty();
  }

  @Test
  void flag_yesterdayResolvedToWeekday() {
    assertThat(flagsPublished("The court ruled yesterday.", "The court ruled on Monday.", "2023-03-21")).isEmpty();
    assertThat(flagsPublished("The court ruled yesterday.", "The court ruled on Friday.", "2023-03-21")).singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(ChangeKind.DATE));
  }

  @Test
  void flag_spansAreAbsoluteOffsets() {
    List<Change> changes = flagsPublished("The court ruled yesterday.", "The court ruled on Friday.", "2023-03-21");
    Change c = changes.getFirst();
    assertThat(c.sourceSpan().start()).isGreaterThan(20);
    assertThat(c.sourceText()).isEqualTo("yesterday");
    assertThat(c.derivedText()).isEqualTo("Friday");
  }
}
