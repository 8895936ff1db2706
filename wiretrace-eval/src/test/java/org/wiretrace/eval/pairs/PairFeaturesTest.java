package org.wiretrace.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairFeaturesTest {

  private static double feature(String name, String a, String b) {
    double[] row = PairFeatures.of(SentenceTerms.of(a), SentenceTerms.of(b), 0.5, new double[3]);
    return row[PairFeatures.NAMES.indexOf(name)];
  }

  @Test
  void of_symmetricInPairOrder() {
    String a = "The mayor of Tollbridge resigned on Monday after 12 years.";
    String b = "After twelve years in office, Tollbridge's mayor stepped down.";

    double[] ab =
        PairFeatures.of(
            SentenceTerms.of(a), SentenceTerms.of(b), 0.7, new double[] {0.8, 0.9, 0.1});
    double[] ba =
        PairFeatures.of(
            SentenceTerms.of(b), SentenceTerms.of(a), 0.7, new double[] {0.8, 0.9, 0.1});

    assertThat(ab).hasSize(PairFeatures.NAMES.size()).containsExactly(ba, within(1e-12));
  }

  @Test
  void of_numbersAgreeAcrossFormatting() {
    assertThat(
            feature("number_unmatched", "It cost $2,500 in 2003.", "In 2003 it cost 2500 dollars."))
        .isZero();
    assertThat(feature("number_conflict", "Sales rose 4.4 percent.", "Sales rose 4.6 percent."))
        .isEqualTo(1);
  }

  @Test
  void of_negationMismatchFlagged() {
    assertThat(feature("negation_mismatch", "The plan was approved.", "The plan wasn't approved."))
        .isEqualTo(1);
    assertThat(feature("negation_mismatch", "The plan was approved.", "They approved the plan."))
        .isZero();
  }

  @Test
  void of_identicalSentencesFullOverlap() {
    String s = "Storms closed the coastal road near Elmsby.";

    assertThat(feature("stem_overlap_min", s, s)).isEqualTo(1);
    assertThat(feature("lcs_ratio", s, s)).isEqualTo(1);
    assertThat(feature("char3_dice", s, s)).isEqualTo(1);
  }

  @Test
  void of_addedClauseGivesLongUnmatchedRun() {
    String a = "The ferry to Kells was cancelled on Sunday.";
    String b =
        "The ferry to Kells was cancelled on Sunday after gales tore roofs from harbour sheds.";

    assertThat(feature("content_run_max_log", a, b)).isCloseTo(Math.log1p(5), within(1e-12));
    assertThat(feature("content_run_min_log", a, b)).isZero();
  }

  @Test
  void bleu_identicalIsOneAndDisjointIsLow() {
    java.util.List<String> s = java.util.List.of("the", "mill", "reopened", "in", "spring");

    assertThat(PairFeatures.bleu(s, s)).isCloseTo(1.0, within(1e-12));
    assertThat(PairFeatures.bleu(s, java.util.List.of("rain", "fell", "all", "night", "long")))
        .isLessThan(0.25);
  }

  @Test
  void stem_foldsInflections() {
    assertThat(LightStemmer.stem("rates")).isEqualTo(LightStemmer.stem("rated"));
    assertThat(LightStemmer.stem("running")).isEqualTo("run");
    assertThat(LightStemmer.stem("companies")).isEqualTo("company");
  }
}
