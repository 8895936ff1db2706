package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionChangesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The ministry said the shipment was lost at sea.|The ministry claimed the shipment was lost at sea.",
      "The mayor said the budget had been overspent.|The mayor admitted the budget had been overspent.",
      "The agency reported that the strike had ended.|The agency insisted that the strike had ended.",
      "Scientists believed the comet would pass safely.|Scientists confirmed the comet would pass safely.",
      "The general is believed to have fled the capital.|The general has fled the capital.",
      "The singer reportedly left the band.|The singer left the band.",
      // spun: the clause around the verb is reworded word by word, the speaker and the verb's place kept
      "Harbour chief Ines Kalda said on Monday that the old pier would be shut next month.|"
          + "Port boss Ines Kalda conceded on Monday that the aged jetty would be closed in the coming month."
  })
  void flag_stanceChanged(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.ATTRIBUTION)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The ministry said the shipment was lost at sea.|The ministry stated that the shipment was lost at sea.",
      "The ministry said the shipment was lost at sea.|According to the ministry, the shipment was lost at sea.",
      "Police believe the fire was set on purpose.|Police think the fire was set on purpose.",
      "He confessed to being slightly envious.|He admitted feeling slightly envious.",
      "The company claims it was hacked.|The company asserts it was hacked.",
      "“I think we will win,” the coach said.|“We will win,” the coach said.",
      "The firm said profits rose.|Profits rose.",
      "Despite their quarrel, the two leaders said there were areas of agreement.|Despite these and other quarrels, the two leaders insisted they were working well together.",
      "Harbour chief Ines Kalda said the old pier would be shut next month.|"
          + "The old pier will close next month, harbour chief Ines Kalda insisted in a statement."
  })
  void flag_sameStanceReworded(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.ATTRIBUTION)).isEmpty();
  }
}
