package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.ArticleId;
import org.wiretrace.text.ArticleFactory;

/** Issue 12: the names that single out one event count, the names a beat shares hardly do. */
class EventNamesTest {

  private static final ArticleAnalyzer ANALYZER =
      new ArticleAnalyzer(DetectorConfig.builder().build(), new LexicalEmbedder());
  private static final ArticleFactory FACTORY = new ArticleFactory();

  /** One case heard at the beat's court: its own defendant, witness, town and judge. */
  private static ArticleAnalysis caseReport(String id, String defendant, String witness, String town, String judge) {
    String text = "A jury at the Harrowgate Crown Court in Westmere County heard on Monday that " + defendant
        + " had lived in " + town + " for years. The prosecutor told Judge " + judge + " that "
        + witness + " saw the van leave " + town + " at night. Police in Westmere County said the Harrowgate "
        + "Crown Court case would continue. Neighbours said " + defendant + " kept to himself, and "
        + witness + " told the court in " + town + " that she was sure.";
    return ANALYZER.analyze(FACTORY.create(ArticleDraft.of(id, text)));
  }

  /** Another outlet's report of the first case: the same people and town, its own wording. */
  private static ArticleAnalysis sameCaseElsewhere() {
    String text = "Prosecutors say Aldo Brannigan drove the van out of Pellowick late at night. Speaking "
        + "through tears, Marta Quillon said she recognised Brannigan at once. Judge Osric Dunmore adjourned "
        + "the hearing at Harrowgate until Thursday. Residents of Pellowick described Brannigan as quiet.";
    return ANALYZER.analyze(FACTORY.create(ArticleDraft.of("e1-other", text)));
  }

  private static List<ArticleAnalysis> beat() {
    List<ArticleAnalysis> out = new ArrayList<>();
    out.add(caseReport("e1", "Aldo Brannigan", "Marta Quillon", "Pellowick", "Osric Dunmore"));
    out.add(caseReport("e2", "Corin Maddox", "Selma Varga", "Tollerby", "Ines Hartwell"));
    out.add(caseReport("e3", "Piet Ostrander", "Lorna Kesh", "Wickenham", "Bram Solway"));
    out.add(caseReport("e4", "Ulric Fenn", "Dara Moffat", "Assington", "Hugo Pryce"));
    out.add(sameCaseElsewhere());
    return out;
  }

  private static EventNames names(List<ArticleAnalysis> run, List<ArticleId[]> strong) {
    return new EventNames(run, strong, NameCounts.count(run.stream().map(ArticleAnalysis::entities).toList()));
  }

  @Test
  void overlap_sameEventReports_countFully() {
    List<ArticleAnalysis> run = beat();

    assertThat(names(run, List.of()).overlap(run.get(0), run.get(4), 1)).isGreaterThanOrEqualTo(EventEvidence.NAMES_FULL);
  }

  @Test
  void overlap_eventsOfOneBeat_shareOnlyCommonNames() {
    List<ArticleAnalysis> run = beat();
    EventNames names = names(run, List.of());
    EventNames alone = names(List.of(run.get(0), run.get(1)), List.of());
    EventEvidence events = new EventEvidence(7);

    // Without the rest of the run, court, county and weekday look like the event's own names; with
    // it they weigh little and the beat's events keep at most a quarter of a same-story link's weight
    // (e1's own names are named by its other report too, so they are not quite rare).
    assertThat(alone.overlap(run.get(0), run.get(1), 1)).isGreaterThanOrEqualTo(EventEvidence.NAMES_FULL);
    for (int other = 1; other < 4; other++) {
      assertThat(events.sameEvent(names.overlap(run.get(0), run.get(other), 1))).as("e1 vs e" + (other + 1))
          .isLessThanOrEqualTo(0.25);
    }
  }

  @Test
  void overlap_copiesInTheFamily_doNotMakeItsNamesCommon() {
    List<ArticleAnalysis> run = new ArrayList<>(beat());
    ArticleAnalysis copy = caseReport("e1-copy", "Aldo Brannigan", "Marta Quillon", "Pellowick", "Osric Dunmore");
    run.add(copy);
    List<ArticleId[]> strong = new ArrayList<>();
    strong.add(new ArticleId[] {run.get(0).article().id(), copy.article().id()});

    assertThat(names(run, strong).overlap(run.get(0), run.get(4), 1))
        .isCloseTo(names(beat(), List.of()).overlap(beat().get(0), beat().get(4), 1), within(1e-9));
  }

  @Test
  void overlap_runOfOneEvent_isThePlainOverlapOfNames() {
    List<ArticleAnalysis> run = List.of(beat().get(0), beat().get(4));
    long[] a = run.get(0).entities();
    long[] b = run.get(1).entities();
    long shared = java.util.Arrays.stream(a).filter(n -> java.util.Arrays.binarySearch(b, n) >= 0).count();

    assertThat(names(run, List.of()).overlap(run.get(0), run.get(1), 0))
        .isCloseTo((double) shared / Math.min(a.length, b.length), within(1e-9));
  }

  @Test
  void overlap_shortItemsNamingOnlyCommonNames_areNoEvidenceOfOneEvent() {
    List<ArticleAnalysis> run = new ArrayList<>(beat());
    run.add(ANALYZER.analyze(FACTORY.create(ArticleDraft.of("n1",
        "The list for the Harrowgate Crown Court in Westmere County was published on Monday."))));
    run.add(ANALYZER.analyze(FACTORY.create(ArticleDraft.of("n2",
        "Sittings at the Harrowgate Crown Court in Westmere County resume after Monday."))));
    EventNames names = names(run, List.of());

    // Every name of one notice is in the other, but all of them are common in the run.
    assertThat(names.overlap(run.get(5), run.get(6), 0)).isEqualTo(1.0);
    assertThat(names.overlap(run.get(5), run.get(6), EventEvidence.SAME_STORY_EVIDENCE))
        .isLessThanOrEqualTo(EventEvidence.NAMES_NONE);
  }

  @Test
  void overlap_articleWithoutNames_isNoEvidenceAgainst() {
    List<ArticleAnalysis> run = new ArrayList<>(beat());
    run.add(ANALYZER.analyze(FACTORY.create(ArticleDraft.of("plain", "the van left at night. nobody saw it go."))));

    assertThat(names(run, List.of()).overlap(run.get(0), run.get(5), 1)).isEqualTo(1.0);
  }

  @Test
  void sameEvent_rampFromNoneToFull() {
    EventEvidence events = new EventEvidence(7);

    assertThat(events.sameEvent(EventEvidence.NAMES_NONE)).isZero();
    assertThat(events.sameEvent(EventEvidence.NAMES_FULL)).isEqualTo(1.0);
    assertThat(events.sameEvent((EventEvidence.NAMES_NONE + EventEvidence.NAMES_FULL) / 2)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void of_negativeCount_rejectedWithTheFix() {
    assertThatThrownBy(() -> NameCounts.of(Map.of(7L, -1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number of articles");
  }
}
