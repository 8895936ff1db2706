package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditedDetailChangesTest {

  @Test
  void flag_contentWordReplacedInCopy() {
    List<Change> changes = flags("The film received negative reviews from critics on its release.",
        "The film received mixed reviews from critics on its release.", ChangeKind.DETAIL);
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.sourceText()).isEqualTo("negative");
      assertThat(c.derivedText()).isEqualTo("mixed");
      assertThat(c.severity()).isEqualTo(Severity.MEDIUM);
    });
  }

  @Test
  void flag_editOfTheFrameAroundAQuotationIsNoDetail() {
    assertThat(flags("“Events on our grid could not account for the scale of the outage,” chief executive Peter Burg told the panel.",
        "“Events on our grid could not account for the scale of the outage,” Burg told the panel.")).isEmpty();
    assertThat(flags("“We are committed to helping the people find a path to a free society,” Rumsfeld said in a speech to the council.",
        "“We are committed to helping the people find a path to a free society,” Rumsfeld said.")).isEmpty();
  }

  @Test
  void flag_descriptionOfABodyForItsNameIsTheSameActor() {
    assertThat(flags("The company must either pay the $53.7 million or post a bond with the court pending the appeal.",
        "Harbex must either pay the $53.7 million or post a bond with the court pending the appeal.")).isEmpty();
    assertThat(flags("Investigators asked when officials learned about his wife's employment at the CIA last year.",
        "Investigators asked when officials learned about his wife's employment at the agency last year.")).isEmpty();
    assertThat(flags("Investigators asked when officials learned about his wife's employment at the CIA last year.",
        "Investigators asked when officials learned about his wife's employment at the NSA last year.")).isNotEmpty();
  }

  @Test
  void flag_wordMovedWithinTheSentenceIsNoEdit() {
    assertThat(flags("The chip became the most often used processor in June, rising to 152 systems.",
        "The chip became the processor most often used in June, rising to 152 systems.")).isEmpty();
    assertThat(flags("The chip became the most often used processor in June, rising to 152 systems.",
        "The chip became the server most often used in June, rising to 152 systems.")).isNotEmpty();
  }

  @Test
  void flag_addedClauseShowsItsAnchorOnBothSides() {
    List<Change> changes = flags("The council approved the budget for the new bridge.",
        "The council narrowly approved the budget for the new bridge.");
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.DETAIL);
      assertThat(c.sourceText()).isEqualTo("council");
      assertThat(c.derivedText()).isEqualTo("council narrowly");
      assertThat(c.explanation()).contains("added \"narrowly\"");
    });
  }

  @Test
  void flag_droppedDateIsADateChange() {
    List<Change> changes = flags("The case remains pending as of September 19, 2017, the court said.",
        "The case remains pending, the court said.");
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.DATE);
      assertThat(c.sourceText()).isEqualTo("pending as of September 19, 2017");
      assertThat(c.derivedText()).isEqualTo("pending");
      assertThat(c.severity()).isEqualTo(Severity.LOW);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The firm plans to commercialize the drug next year.|The firm plans to commercialise the drug next year.",
      "The senator backed the long-term plan for the port.|The senator backed the long term plan for the port.",
      "The United States agreed to the deal on the border.|The U.S. agreed to the deal on the border.",
      "Officials said the dam had cracked before the storm.|Officials said the dams had cracked before the storm.",
      "The dam had cracked before the storm, officials said.|The dam had cracked before the storm, officials told reporters.",
      "Secretary of State Antony Blinken visited the capital on Monday.|Secretary of State Blinken visited the capital on Monday.",
      "The miners were trapped for nine days in the shaft.|The miners were trapped for 9 days in the shaft.",
      "A 2017 audit ordered by the council, seen by Baltic Wire, found the pumps were worn.|A 2017 audit ordered by the council found the pumps were worn.",
      "Forty persons were rescued from the ferry by noon.|Forty people were rescued from the ferry by noon.",
      "The flood reached Orsk, a town of 9,000 people on the river.|The flood reached Orsk, a town of 9,000 residents on the river.",
      "The council approved the budget on a second vote.|However, the council approved the budget on a second vote.",
      "The engineer was ultimately cleared of any blame for the collapse.|The engineer was cleared of any blame for the collapse.",
      "The harbour master confirmed on Monday that the port was shut.|The harbour master confirmed to Coastal Radio on Monday that the port was shut.",
      "The line will reopen next week, the operator told reporters.|The line will reopen next week, the operator told Coastal Radio reporters.",
      "The board raised the dividend to 25 cents a share from 20.|The board raised the dividend to 25 cts a share from 20.",
      "The bank will lend 40 million dollars to the port authority.|The bank will lend 40 million dlrs to the port authority.",
      "The Harlow Grain Company said it would close the mill in June.|The Harlow Grain Co said it would close the mill in June.",
      "The government said the new rules would apply from June.|The govt said the new rules would apply from June.",
      "We wanted the best dancers on the best stage, she said Friday at the Orpheum hall.|We wanted the best dancers on the best stage, she said Friday."
  })
  void flag_rewordingOfACopyIsNoDetail(String source, String derived) {
    assertThat(flags(source, derived)).isEmpty();
  }

  @Test
  void flag_nameDroppedFromAListIsAnEditedName() {
    assertThat(flags("The map shows Ardale, Brenn, Corvo and Dunmore counties had confirmed cases.",
        "The map shows Ardale, Corvo and Dunmore counties had confirmed cases."))
        .singleElement().satisfies(c -> assertThat(c.explanation()).contains("dropped \"Brenn\""));
    assertThat(flags("She was born in Kestrel City, Ardale, and grew up on a farm.", "She was born in Kestrel City and grew up on a farm."))
        .isEmpty();
  }

  @Test
  void flag_oneWordSwappedInAShortSentence() {
    assertThat(flags("The play drew largely warm notices .", "The play drew largely cold notices ."))
        .singleElement().satisfies(c -> assertThat(c.explanation()).contains("\"warm\" became \"cold\""));
  }

  @Test
  void flag_secondNationalityAddedIsAnEditedName() {
    assertThat(flags("Marta Solis is an American painter known for her murals.", "Marta Solis is an American-Indian painter known for her murals."))
        .singleElement().satisfies(c -> assertThat(c.explanation()).contains("\"American\" became \"American-Indian\""));
  }

  @Test
  void flag_kindReadsEachSideItsOwnFacts() {
    // "Two" spans [0, 3) of the source; the derived's added "In" spans [0, 2) of another text.
    List<Change> changes = flags("Two ministers met the envoy in the capital on a wet morning.",
        "In private, two ministers met the envoy in the capital on a wet morning.");
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.DETAIL);
      assertThat(c.explanation()).contains("added \"In private\"");
    });
  }

  @Test
  void flag_clauseAfterAReportingVerbThatIsTheClaimIsADetail() {
    assertThat(flags("Cases of the fever have been reported this spring.",
        "Cases of the fever have been reported in at least three valleys this spring.")).isNotEmpty();
    assertThat(flags("The farmer claims his sheep were taken.", "The farmer claims his sheep are being stolen by his neighbour and were taken."))
        .isNotEmpty();
  }

  @Test
  void flag_paraphraseIsLeftToTheTypedDetectors() {
    assertThat(flags("The film received negative reviews from critics on its release in May.",
        "Critics panned the picture when it opened in May.", ChangeKind.DETAIL)).isEmpty();
  }

  @Test
  void flag_shortWordThatIsNoAbbreviationOfTheOtherIsADetail() {
    assertThat(flags("The board said the new plant would cost far more than planned.",
        "The board said the new port would cost far more than planned.", ChangeKind.DETAIL)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The move follows the recent announcement that the chairman of the mill would soon retire.|The move follows the departure of the chairman of the mill.",
      "The island had been free of the fever until a fiasco at a harbour clinic in late April caused cases to soar.|The island had been free of the fever until a severe outbreak at a harbour clinic in late April.",
      "If the appeal to a higher court succeeds, the ferry fare will not be rolled back.|If the appeal succeeds, the ferry fare will not change.",
      "The chip holds a stage shaped like an oval and lights the stage from above.|The chip holds a stage shaped like a ring and lights the deck from above."
  })
  void flag_sentenceRewordedInOnePlaceAndRewordedOrCutInAnotherIsAParaphrase(String source, String derived) {
    assertThat(flags(source, derived)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The council approved the budget for the old bridge.|The council approved the budget for the new bridge in June.",
      "The festival drew large crowds and warm notices from foreign critics.|The festival drew large crowds from critics.",
      "The festival drew large crowds and warm notices from critics.|The festival drew large crowds and cold notices from the critics."
  })
  void flag_factRevisedInOnePlaceOrAddedOrCutStillFlagged(String source, String derived) {
    assertThat(flags(source, derived)).isNotEmpty();
  }
}
