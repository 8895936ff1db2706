package org.wiretrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.ArticleId;
import org.wiretrace.provenance.Direction;
import org.wiretrace.provenance.DirectionStatus;

/** The level of reuse is read from the kind and the shares of the reused sentences. */
class ReuseLevelTest {

  @Test
  void of_reusedSentencesMostlyCutWithWordsLeftOut_isCopy() {
    assertThat(ReuseLevel.of(relation(RelationKind.SYNDICATED, 0.8, 0.2, 0.6, 0.7))).isEqualTo(ReuseLevel.COPY);
  }

  @Test
  void of_reusedSentencesMostlyEditedNotCut_isLightEdit() {
    assertThat(ReuseLevel.of(relation(RelationKind.SYNDICATED, 0.8, 0.2, 0.6, 0.2))).isEqualTo(ReuseLevel.LIGHT_EDIT);
  }

  @Test
  void of_reusedSentencesMostlyParaphrased_isHeavyRewrite() {
    assertThat(ReuseLevel.of(relation(RelationKind.PARAPHRASED, 0.8, 0, 0.2, 0))).isEqualTo(ReuseLevel.HEAVY_REWRITE);
  }

  @Test
  void of_shortPassageCutFromSource_isCopyWhateverElseTheArticleSays() {
    assertThat(ReuseLevel.of(relation(RelationKind.PARTIAL, 0.2, 0.05, 0.1, 0.15))).isEqualTo(ReuseLevel.COPY);
  }

  @Test
  void of_sameStory_isNone() {
    assertThat(ReuseLevel.of(relation(RelationKind.SAME_STORY, 0, 0, 0, 0))).isEqualTo(ReuseLevel.NONE);
  }

  private static Relation relation(RelationKind kind, double derivedCoverage, double verbatim, double edited,
      double copied) {
    Direction direction = new Direction(new ArticleId("a"), new ArticleId("b"), DirectionStatus.KNOWN,
        List.of("given"), false);
    return new Relation(kind, direction, 1, derivedCoverage, derivedCoverage, derivedCoverage, derivedCoverage,
        verbatim, List.of(), List.of(), edited, 3, 30, copied);
  }
}
