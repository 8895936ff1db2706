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
  void flag_boundLoosenedStaysLow() {
    List<Change> changes = flags("At least 14 people were hurt when the roof fell in.",
        "Fourteen people were hurt when the roof fell in.", ChangeKind.NUMBER);
    assertThat(changes).hasSize(1);
    assertThat(changes.getFirst().severity()).isEqualTo(Severity.LOW);
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
}
