package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wiretrace.report.RelationKind;

/**
 * A whole-article copy is SYNDICATED when most reused sentences are reprinted as they stand, and a
 * rewrite (PARAPHRASED or SPUN) when nearly every sentence was changed, however lightly.
 */
class RewriteKindTest {

  private static final Story SAME_STORY = new Story(0.8, 0.8, 0.8);

  private final RelationClassifier classifier = new RelationClassifier(DetectorConfig.defaults());

  @Test
  void kind_mostSentencesVerbatimAFewEdited_isSyndicated() {
    ReuseStats reprint = wholeCopy(0.85, 0.10, 0.85, 0);

    assertThat(classifier.kind(reprint, SAME_STORY)).isEqualTo(RelationKind.SYNDICATED);
  }

  @Test
  void kind_mostSentencesCutWithClausesLeftOut_isSyndicated() {
    ReuseStats cut = wholeCopy(0.30, 0.60, 0.80, 0);

    assertThat(classifier.kind(cut, SAME_STORY)).isEqualTo(RelationKind.SYNDICATED);
  }

  @Test
  void kind_everySentenceLightlyEdited_isRewriteNotSyndicated() {
    ReuseStats rewrite = wholeCopy(0.10, 0.85, 0.12, 0);

    assertThat(classifier.kind(rewrite, SAME_STORY)).isEqualTo(RelationKind.PARAPHRASED);
  }

  @Test
  void kind_everySentenceLightlyEditedWithManySwaps_isSpun() {
    ReuseStats spun = wholeCopy(0.05, 0.85, 0.05, 0.2);

    assertThat(classifier.kind(spun, SAME_STORY)).isEqualTo(RelationKind.SPUN);
  }

  @Test
  void kind_halfOfTheSourceInsideAsMuchOtherText_isPartial() {
    ReuseStats block = new ReuseStats(15, 0.55, 0.42, 0.55, 0.42, 0.42, 0.95, 0, 1, 150, 0, 15, 15, 0.42, 1);

    assertThat(classifier.kind(block, SAME_STORY)).isEqualTo(RelationKind.PARTIAL);
  }

  /** A whole-article alignment (coverage 0.95 both sides) with the given shares of derived sentences. */
  private static ReuseStats wholeCopy(double verbatim, double edited, double copied, double swapRate) {
    return new ReuseStats(30, 0.95, 0.95, 0.95, 0.95, verbatim, 0.9, swapRate, 1, 300, edited, 30, 20,
        copied, 1);
  }
}
