package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regression tests for the precision rules: each case is a flag that must not (or must) appear. */
class PrecisionRegressionTest {

  @Test
  void flag_lowerBoundBecameUpperBoundIsMediumContradiction() {
    List<Change> changes = flags("At least 14 people were hurt when the roof fell in.",
        "Less than 14 people were hurt when the roof fell in.", ChangeKind.NUMBER);
    assertThat(changes).hasSize(1);
    assertThat(changes.getFirst().severity()).isEqualTo(Severity.MEDIUM);
    assertThat(changes.getFirst().explanation()).contains("bound reversed", "contradict", "14 people").doesNotContain("peoples");
  }

  @Test
  void flag_noLessThanIsALowerBoundNotANegation() {
    String source = "At least 14 people died when the levee gave way.";
    String derived = "No less than 14 individuals died when the levee gave way.";
    assertThat(flags(source, derived, ChangeKind.NEGATION)).isEmpty();
    assertThat(flags(source, derived, ChangeKind.NUMBER)).isEmpty();
  }

  @Test
  void flag_noMoreThanAgainstAtLeastIsStillAReversedBound() {
    List<Change> changes = flags("At least 14 people died when the levee gave way.",
        "No more than 14 people died when the levee gave way.", ChangeKind.NUMBER);
    assertThat(changes).hasSize(1);
    assertThat(changes.getFirst().explanation()).contains("bound reversed");
  }

  @Test
  void flag_boundLoosenedIsNoValueChange() {
    assertThat(flags("At least 14 people were hurt when the roof fell in.",
        "Fourteen people were hurt when the roof fell in.", ChangeKind.NUMBER)).isEmpty();
  }

  @Test
  void flag_explanationUsesIrregularPlurals() {
    List<Change> changes = flags("The river rose to 12 feet and 30 people left their homes.",
        "The river rose to 15 feet and 40 people left their homes.", ChangeKind.NUMBER);
    assertThat(changes).extracting(Change::explanation).noneMatch(e -> e.contains("feets") || e.contains("peoples"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "round|rounds", "city|cities", "people|people", "foot|feet", "dead|dead", "injured|injured", "bus|buses", "day|days"})
  void plural_nouns(String singular, String plural) {
    assertThat(Units.plural(singular)).isEqualTo(plural);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"We will rebuild the harbour before the winter storms,\" the mayor said.|\"We will rebuild the harbour before the winter storms,\" the mayor said on Monday.",
      "\"We will rebuild the harbour before winter,\" the mayor said.|\"We will rebuild the harbour before the winter,\" the mayor said.",
      "\"The Governor' plan was not imposed on anyone,\" Pell said.|\"The governor's plan was not imposed on anyone,\" Pell said.",
      "\"We said that the bridge is safe for lorries,\" Pell said.|\"We said the bridge is safe for lorries,\" Pell said."
  })
  void flag_quoteDifferingByOneFunctionWordOrPossessiveIsNotFlagged(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_quoteWithChangedModalStillFlagged() {
    assertThat(flags("\"We will rebuild the harbour,\" the mayor said.", "\"We might rebuild the harbour,\" the mayor said.",
        ChangeKind.QUOTE)).isNotEmpty();
  }

  @Test
  void flag_entityNameInsideLongerFormIsSameActor() {
    assertThat(flags("Analysts at Brightwave said the flaw was serious.", "Analysts at BrightwaveLabs said the flaw was serious.",
        ChangeKind.ENTITY)).isEmpty();
  }

  @Test
  void flag_differentEntityStillFlagged() {
    assertThat(flags("Analysts at Brightwave said the flaw was serious.", "Analysts at Corvina said the flaw was serious.",
        ChangeKind.ENTITY)).isNotEmpty();
  }

  @Test
  void flag_sameRootReportingWordIsNotAttributionChange() {
    assertThat(flags("The minister reportedly resigned on Tuesday.", "The minister resigned on Tuesday, it was reported.",
        ChangeKind.ATTRIBUTION)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The new vaccine will not be ready until spring.|The new vaccine won't be ready until spring.",
      "Quarterly revenue declined to $36.9 billion from $39.3 billion.|Quarterly revenue fell to $36.9 billion from $39.3 billion.",
      "When no member objected before the deadline, the plan passed.|When neither the chair nor any member objected before the deadline, the plan passed.",
      "Ferry operators rarely keep full passenger lists on the island.|Ferry operators do not keep full passenger lists on the island.",
      "The council has yet to approve the new budget for schools.|The council hasn't approved the new budget for schools."
  })
  void flag_negationRestatedIsNotFlagged(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.NEGATION)).isEmpty();
  }

  @Test
  void flag_negationRemovedStillFlagged() {
    assertThat(flags("The council did not approve the new budget for schools.", "The council did approve the new budget for schools.",
        ChangeKind.NEGATION)).isNotEmpty();
  }

  @Test
  void flag_declinedToCommentIsNegator() {
    assertThat(flags("The mayor agreed to comment on the plan.", "The mayor declined to comment on the plan.",
        ChangeKind.NEGATION)).isNotEmpty();
  }

  @Test
  void flag_exactFigureWithinSourceBoundIsNoValueChange() {
    assertThat(flags("The charity raised more than $7 million for the clinic.", "The charity raised $7.1 million for the clinic.",
        ChangeKind.NUMBER)).isEmpty();
  }

  @Test
  void flag_exactFigureOutsideSourceBoundIsHigh() {
    List<Change> changes = flags("Two-way trade totalled more than $34 billion last year.", "Two-way trade totalled $33.4 billion last year.",
        ChangeKind.NUMBER);
    assertThat(changes).hasSize(1);
    assertThat(changes.getFirst().severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void flag_spacedFractionReadAsOneValue() {
    assertThat(flags("She was five and a half months into the trial.", "She was 5 1/2 months into the trial.", ChangeKind.NUMBER)).isEmpty();
  }

  @Test
  void parseDigits_decimalBeforeSlashIsRangeStart() {
    assertThat(NumberReader.parseDigits("136.03/14")).isEqualTo(136.03);
    assertThat(NumberReader.parseDigits("4-1/2")).isEqualTo(4.5);
  }

  @Test
  void flag_unverifiableDateExplainedInPairOrder() {
    List<Change> changes = flags("The plant will close in 2003, the company said.",
        "The plant, opened in 2006, will close this year, the company said.", ChangeKind.DATE);
    assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.explanation()).contains("\"2003\" became \"this year\""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"Our labour costs will fall next year,\" Reyes said.|\"Our labor costs will fall next year,\" Reyes said.",
      "\"The travellers were stabilised quickly,\" Reyes said.|\"The travelers were stabilized quickly,\" Reyes said.",
      "\"We expect a ruling in Sept. at the latest,\" Reyes said.|\"We expect a ruling in September at the latest,\" Reyes said.",
      "\"The plan isnt finished and needs more work,\" Reyes said.|\"The plan isn't finished and needs more work,\" Reyes said.",
      "\"We were warned by the Qoravi militia last week,\" Reyes said.|\"We were warned by the Qorawi militia last week,\" Reyes said."
  })
  void flag_quoteSpellingVariantsAreNotFlagged(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_quoteWordReplacedStillFlagged() {
    assertThat(flags("\"Our labour costs will fall next year,\" Reyes said.", "\"Our energy costs will fall next year,\" Reyes said.",
        ChangeKind.QUOTE)).singleElement().satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void flag_genericRoleIsNotADifferentActor() {
    assertThat(flags("The plan was announced by Marwick at the ceremony.", "The plan was announced by the First Lady at the ceremony.",
        ChangeKind.ENTITY)).isEmpty();
  }
}
