package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityChangesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The award went to Maria Lindqvist at the ceremony.|The award went to Sofia Berglund at the ceremony.",
      "Talks were held in Geneva on the dispute.|Talks were held in Vienna on the dispute.",
      "The contract was won by Siemens after a long bid.|The contract was won by Alstom after a long bid.",
      "Troops from Poland crossed the border.|Troops from Hungary crossed the border.",
      "Fans cheered as the Chelsea manager left the pitch.|Fans cheered as the Arsenal manager left the pitch.",
      "A newly formed rebel group, the Kessel Front, claimed the attack.|A newly formed rebel group, the Varn Liberation Army, claimed the attack."
  })
  void flag_entityReplaced(String source, String derived) {
    List<Change> changes = flags(source, derived, ChangeKind.ENTITY);
    assertThat(changes).singleElement().satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.HIGH));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ukrainian President Volodymyr Zelenskiy has warned of a wider war.|Ukraine's President Volodymyr Zelensky has warned of a wider war.",
      "President Zelenskyy spoke on Monday.|President Zelenskiy spoke on Monday.",
      "The minister said the dam was firmly backed by Norway and would hold.|The minister said the dam survived Hurricane Ida and would hold.",
      "The U.S. Secretary of State Antony Blinken said so.|US Secretary of State Blinken said so.",
      "The court in The Hague, the International Criminal Court, issued a warrant.|The court in The Hague, the ICC, issued a warrant.",
      "American officials condemned the visit.|U.S. officials condemned the visit.",
      "Officials in Muqtada's office refused comment.|Officials in Moqtada's office refused comment.",
      "Fierce fighting continued in the town.|Heavy fighting continued in the town.",
      "The United States announced its latest aid package.|America announced its latest aid package.",
      "The jury's verdict, reached on Monday after a day of talks, followed a trial during which Hollis represented himself.|The quick conviction followed a trial during which the Ostrava man represented himself.",
      "Dunn, 19, goes on trial in May over the death of Marlow.|Dunn goes on trial next month over the death of an FBI analyst.",
      "Delegates meet again before the next CHOGM meeting.|Delegates meet again before the next Commonwealth Heads of Government meeting.",
      "Firms can be sued under the Americans with Disabilities Act for it.|Firms can be sued under the ADA for it.",
      "Inflation remains the main concern, the Fed said in a statement after the decision.|Inflation remains the main concern, the policy-setting Federal Open Market Committee said.",
      "He will present his proposals to the state Legislature in January.|The governor will present his budget proposals to the General Assembly in January."
  })
  void flag_sameEntityDifferentlyWritten(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.ENTITY)).isEmpty();
  }

  @Test
  void flag_metonymIsTheSameActor() {
    assertThat(flags("Washington denounced the visit on Monday.", "America blasted the visit on Monday.", ChangeKind.ENTITY)).isEmpty();
    assertThat(flags("Washington denounced the visit on Monday.", "America denounced the visit on Monday.", ChangeKind.ENTITY)).isEmpty();
  }

  @Test
  void flag_droppedEntityIsNoSubstitution() {
    assertThat(flags("Putin and Xi met in Moscow on Monday.", "Putin met on Monday.", ChangeKind.ENTITY))
        .noneMatch(c -> c.explanation().contains("different person"))
        .allSatisfy(c -> {
          assertThat(c.severity()).isEqualTo(Severity.LOW);
          assertThat(c.explanation()).contains("dropped");
        });
    assertThat(flags("Putin and Xi met in Moscow after talks that ran late into the night.",
        "Putin met Xi in Moscow late at night after long talks.", ChangeKind.ENTITY)).isEmpty();
  }

  @Test
  void key_spellingVariantsShareKey() {
    assertThat(EntityNames.key("Zelenskiy")).isEqualTo(EntityNames.key("Zelensky")).isEqualTo(EntityNames.key("Zelenskyy"));
    assertThat(EntityNames.similar(EntityNames.key("Gaddafi"), EntityNames.key("Qaddafi"))).isTrue();
    assertThat(EntityNames.similar(EntityNames.key("Poland"), EntityNames.key("Hungary"))).isFalse();
    assertThat(EntityNames.similar(EntityNames.key("Muqtada"), EntityNames.key("Moqtada"))).isTrue();
  }

  @Test
  void flag_nameOpeningWithAnInitialismIsReadWhole() {
    assertThat(flags("Supplies were tight as Acme Corp gradually resumed production.",
        "Supplies were tight as U.S. Steel gradually resumed production.", ChangeKind.ENTITY))
        .singleElement().satisfies(c -> assertThat(c.derivedText()).isEqualTo("U.S. Steel"));
    assertThat(flags("Supplies were tight as U.S. Steel gradually resumed production.",
        "Supplies were tight as U.S. Steel slowly resumed production.", ChangeKind.ENTITY)).isEmpty();
  }
}
