package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationChangesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The minister said the plan would not raise taxes for families.|The minister said the plan would raise taxes for families.",
      "The board approved the merger on Friday.|The board never approved the merger on Friday.",
      "The company has no plans to close the plant.|The company has plans to close the plant.",
      "Shares of the bank rose sharply in early trading.|Shares of the bank fell sharply in early trading.",
      "The council accepted the proposal after a long debate.|The council rejected the proposal after a long debate.",
      "The jury found him guilty of fraud.|The jury found him innocent of fraud.",
      "Exports to the region increased last quarter.|Exports to the region decreased last quarter."
  })
  void flag_polarityFlipped(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.NEGATION)).singleElement()
        .satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.HIGH));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The company has no plans to close the plant.|The company does not plan to close the plant.",
      "The team did not win the final.|The team failed to win the final.",
      "The product is not sold in Europe.|The product is unknown in Europe.",
      "Not only did prices rise, wages fell.|Prices rose, and wages fell.",
      "The suspect did not deny the charge.|The suspect admitted the charge.",
      "Shares declined 2 percent on Monday.|Shares fell 2 percent on Monday.",
      "Officials said the road was closed.|Officials said the road was closed, but gave no details on when it would reopen.",
      "The spokesman said the decision was an easy one.|The spokesman said the decision was not difficult.",
      "Neighbours had nothing but praise for the nurse.|Neighbours had warm praise for the nurse.",
      "Rangers said police still hold open the chance that two men set the fire.|Rangers said police have not ruled out the chance that two men set the fire.",
      "The weak harvest lifted hopes of lower taxes.|The weak harvest did nothing to discourage hopes of lower taxes.",
      "It is plain from their failure, two years running, to draw enough voters to pick a new chairman for the club.|Two years running, they failed to draw enough voters to pick a new chairman for the club.",
      "The state's primary isn't until March 9, after 28 other states.|The state's primary will be March 9, after 28 other states.",
      "Three no votes would block the expansion for now.|It would take three votes to block the expansion for now."
  })
  void flag_samePolarityReworded(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.NEGATION)).isEmpty();
  }

  @Test
  void flag_apostropheTypedAsDoubleQuoteIsTheSameNegation() {
    assertThat(flags("\"We don\"t see a rate cut this year,\" the minister said.",
        "\"We don't see a rate cut this year,\" the minister said.")).isEmpty();
  }
}
