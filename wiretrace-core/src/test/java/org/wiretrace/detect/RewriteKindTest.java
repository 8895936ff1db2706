package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.text.ArticleFactory;

/**
 * A whole-article copy is SYNDICATED when most reused sentences are reprinted as they stand, and a
 * rewrite (PARAPHRASED or SPUN) when nearly every sentence was changed, however lightly.
 */
class RewriteKindTest {

  private static final Story SAME_STORY = new Story(0.8, 0.8, 0.8);

  private final RelationClassifier classifier = new RelationClassifier(DetectorConfig.defaults());

  /**
   * Shares of the derived sentences (verbatim, edited, copied) and the in-place substitution rate of
   * a whole-article copy, and its kind: a reprint with a few edits, a cut copy with clauses left out,
   * a rewrite that edits every sentence lightly, and one that substitutes word after word.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "reprint,     0.85, 0.10, 0.85, 0,   SYNDICATED",
      "cut,         0.30, 0.60, 0.80, 0,   SYNDICATED",
      "all edited,  0.10, 0.85, 0.12, 0,   PARAPHRASED",
      "substituted, 0.05, 0.85, 0.05, 0.2, SPUN"})
  void kind_wholeCopy_isReadFromTheReprintedShareAndTheSubstitutions(String name, double verbatim,
      double edited, double copied, double swapRate, RelationKind expected) {
    ReuseStats copy = new ReuseStats(30, 0.95, 0.95, 0.95, 0.95, verbatim, 0.9, swapRate, 1, 300, edited, 30,
        20, copied, 1);

    assertThat(classifier.kind(copy, SAME_STORY)).as(name).isEqualTo(expected);
  }

  @Test
  void kind_halfOfTheSourceInsideAsMuchOtherText_isPartial() {
    ReuseStats block = new ReuseStats(15, 0.55, 0.42, 0.55, 0.42, 0.42, 0.95, 0, 1, 150, 0, 15, 15, 0.42, 1);

    assertThat(classifier.kind(block, SAME_STORY)).isEqualTo(RelationKind.PARTIAL);
  }

  private static final String SOURCE = String.join("\n\n",
      "The city council approved a new budget on Tuesday that raises spending on schools by 12 percent.",
      "Council leader Maria Okafor said the plan would hire 300 teachers before the autumn term begins.",
      "Opposition members warned that the extra costs could force higher property taxes next year.",
      "The budget also sets aside 40 million dollars to repair roads damaged during the winter storms.",
      "Local business groups welcomed the road repairs but criticised the delay in approving the plan.",
      "A final vote on the tax rate is expected at the next council meeting in March.");

  @Test
  void compare_wordsReplacedInPlaceInEverySentence_isSpun() {
    String spun = String.join("\n\n",
        "The city council passed a fresh budget on Tuesday that lifts spending on schools by 12 percent.",
        "Council chief Maria Okafor said the scheme would employ 300 teachers before the autumn term begins.",
        "Opposition members cautioned that the additional costs could force greater property taxes next year.",
        "The budget also sets aside 40 million dollars to mend roads harmed during the winter gales.",
        "Local commerce groups applauded the road repairs but criticised the holdup in approving the plan.",
        "A last vote on the tax rate is anticipated at the next council gathering in March.");

    assertThat(compare(spun).kind()).isEqualTo(RelationKind.SPUN);
  }

  @Test
  void compare_clausesMovedAndAFewWordsChanged_isParaphrased() {
    String paraphrased = String.join("\n\n",
        "Spending on schools climbs by 12 percent under a new budget the city council approved on Tuesday.",
        "Before the autumn term starts, the plan would hire 300 teachers, council leader Maria Okafor said.",
        "Higher property taxes next year could be forced by the added costs, opposition members warned.",
        "To fix roads damaged during the winter storms, the budget also sets aside 40 million dollars.",
        "The delay in passing the plan was criticised by local business groups, who welcomed the road repairs.",
        "At the next council session in March, a final vote on the tax rate is expected.");

    assertThat(compare(paraphrased).kind()).isEqualTo(RelationKind.PARAPHRASED);
  }

  private static Relation compare(String derived) {
    ArticleFactory factory = new ArticleFactory();
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    return detector.compareWithSource(factory.create(ArticleDraft.of("source", SOURCE)),
        factory.create(ArticleDraft.of("derived", derived)));
  }
}
