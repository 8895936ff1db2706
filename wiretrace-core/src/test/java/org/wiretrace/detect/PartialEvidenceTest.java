package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.text.ArticleFactory;
import org.wiretrace.text.Token;
import org.wiretrace.text.WordTokenizer;

/** A PARTIAL rests on distinctive shared text: a passage in order, or sentences copied nearly word for word. */
class PartialEvidenceTest {

  private static final Story UNRELATED_STORY = new Story(0, 0, 0);

  private final RelationClassifier classifier = new RelationClassifier(DetectorConfig.defaults());

  @Test
  void longestRun_pairsInOrderWithSmallGaps_isOneRun() {
    List<AlignedPair> pairs = List.of(pair(0, 0), pair(1, 1), pair(3, 2), pair(4, 4));

    assertThat(ReuseStats.longestRun(pairs)).isEqualTo(4);
  }

  @Test
  void longestRun_pairsInAnotherOrderOnEachSide_areRunsOfOne() {
    List<AlignedPair> pairs = List.of(pair(4, 0), pair(1, 1), pair(7, 2), pair(0, 3));

    assertThat(ReuseStats.longestRun(pairs)).isEqualTo(1);
  }

  @Test
  void longestRun_gapBeyondReach_breaksTheRun() {
    List<AlignedPair> pairs = List.of(pair(0, 0), pair(1, 1), pair(5, 2), pair(6, 3), pair(7, 4));

    assertThat(ReuseStats.longestRun(pairs)).isEqualTo(3);
  }

  @Test
  void longestRun_noPairs_isZero() {
    assertThat(ReuseStats.longestRun(List.of())).isZero();
  }

  @Test
  void kind_scatteredEditedPairs_isNotPartial() {
    assertThat(classifier.kind(stats(1, 0), UNRELATED_STORY)).isEqualTo(RelationKind.UNRELATED);
  }

  @Test
  void kind_orderedRunOfThree_isPartial() {
    assertThat(classifier.kind(stats(3, 0), UNRELATED_STORY)).isEqualTo(RelationKind.PARTIAL);
  }

  @Test
  void kind_threeNearCopiesOutOfOrder_isPartial() {
    assertThat(classifier.kind(stats(1, 3), UNRELATED_STORY)).isEqualTo(RelationKind.PARTIAL);
  }

  @Test
  void copied_clauseLeftOut_isCut() {
    SentenceProfile source = profile("The council closed the old bridge on Monday, a week earlier than planned, after engineers found cracks in two arches.");
    SentenceProfile derived = profile("The council closed the old bridge on Monday after engineers found cracks in two arches.");

    assertThat(PairEvidence.copied(edited(), source, derived)).isTrue();
  }

  @Test
  void copied_wordReplaced_isNotCut() {
    SentenceProfile source = profile("The council closed the old bridge on Monday after engineers found cracks in two arches.");
    SentenceProfile derived = profile("The council shut the old bridge on Monday after engineers found cracks in two arches.");

    assertThat(PairEvidence.copied(edited(), source, derived)).isFalse();
  }

  @Test
  void copied_sameWordsReordered_isNotCut() {
    SentenceProfile source = profile("The council closed the old bridge on Monday after engineers found cracks in two arches.");
    SentenceProfile derived = profile("After engineers found cracks in two arches on Monday, the old bridge was closed by the council.");

    assertThat(PairEvidence.copied(edited(), source, derived)).isFalse();
  }

  @Test
  void compare_passageCopiedInOrderWithEdits_isPartial() {
    String source = """
        The river authority in Valmont closed the Orlen weir on Tuesday after divers found a crack in its base.
        Engineers said the crack had widened by several centimetres since the last inspection in March.
        Boats will be kept away from the weir until a temporary dam is built upstream.
        The authority expects the repairs to take at least two months and to cost about 3 million euros.
        Residents downstream were told there was no risk of flooding for now.
        Fishing clubs on the river have cancelled their spring competitions.
        The weir was built in 1911 and last renovated in the 1970s.
        A spokesman for the authority said inspections would now take place every month.
        Two other weirs on the same river are due for inspection before the summer.
        Opposition councillors asked why the crack had not been found earlier.
        """;
    String derived = """
        Shoppers in the old town of Valmont queued for hours on Tuesday for the opening of a new market hall.
        The hall, which cost 12 million euros, replaces a car park that had stood empty for a decade.
        In other news, the river authority closed the Orlen weir on Tuesday after divers discovered a crack in its base.
        Engineers said the crack had grown by several centimetres since the previous inspection in March.
        Boats will be kept away from the weir until a temporary barrier is built upstream.
        The authority expects repairs to take at least two months and to cost roughly 3 million euros.
        The market hall will open every day except Sunday, the town council said.
        Traders pay a monthly rent that the council described as modest.
        Parking remains a problem, with only forty spaces left nearby.
        The mayor said the hall would bring visitors back to the town centre.
        """;

    Relation r = compare(source, derived);

    assertThat(r.kind()).as("%s with %d reused passages", r.kind(), r.reusedPassages()).isEqualTo(RelationKind.PARTIAL);
  }

  @Test
  void kind_passageInOrderWhoseNumbersAllDiffer_isNoReuse() {
    // one beat's stock phrasing about another event: the names agree (one river authority), the amounts
    // and dates do not; a copy keeps most of its numbers
    ReuseStats sameNames = stats(5, 0);
    ReuseStats otherNumbers = new ReuseStats(5, 0.2, 0.2, 0.2, 0.2, 0, 0.8, 0, 1, 30, 0.2, 5, 0, 0, 0.2);

    assertThat(classifier.kind(sameNames, UNRELATED_STORY)).isEqualTo(RelationKind.PARTIAL);
    assertThat(classifier.kind(otherNumbers, UNRELATED_STORY)).isEqualTo(RelationKind.UNRELATED);
  }

  @Test
  void kind_twoRewordedPairsCoveringABrief_isNoRewrite() {
    // two loosely reworded sentences cover most of a three-sentence brief; two briefs of one event or
    // one stock template share that much by telling the same facts
    assertThat(classifier.kind(brief(2, 0), UNRELATED_STORY)).isEqualTo(RelationKind.UNRELATED);
  }

  @Test
  void kind_twoNearCopiesCoveringABrief_isRewrite() {
    assertThat(classifier.kind(brief(2, 2), UNRELATED_STORY)).isEqualTo(RelationKind.SYNDICATED);
  }

  @Test
  void kind_threeRewordedPairsCoveringABrief_isRewrite() {
    assertThat(classifier.kind(brief(3, 0), UNRELATED_STORY)).isEqualTo(RelationKind.PARAPHRASED);
  }

  @Test
  void compare_twoBondBriefsOfOneTemplate_areNotCopies() {
    // invented briefs in one agency's stock wording about two different issues
    String first = """
        Harlow Grain Finance is issuing a 60 mln dlr bond due June 4, 1999 paying 8-1/2 pct and priced at 101-1/4, lead manager Castell Bank said.
        The bond is available in denominations of 1,000 and 10,000 dlrs and will be listed in Vienna.
        Fees comprise 1-1/4 pct selling concession and 5/8 pct management and underwriting combined.
        """;
    String second = """
        Ostmark Rail Leasing is issuing a 40 mln dlr bond due June 4, 1996 paying seven pct and priced at 101-1/4, lead manager Pellam Securities said.
        The issue is available in denominations of 5,000 dlrs and will be listed in Zurich, the lead manager said.
        The selling concession is 1-1/4 pct while management and underwriting combined pays 5/8 pct.
        """;

    Relation r = compare(first, second);

    assertThat(r.kind().isReuse()).as("%s with %d reused passages", r.kind(), r.reusedPassages()).isFalse();
  }

  private static SentenceProfile profile(String text) {
    List<Token> tokens = new WordTokenizer().tokenize(text, 0);
    return SentenceProfile.of(new Sentence(0, 0, new Span(0, text.length()), text, false), tokens,
        new LexicalEmbedder().embedTokens(tokens));
  }

  private static AlignedPair edited() {
    return pair(0, 0);
  }

  private Relation compare(String a, String b) {
    ArticleFactory factory = new ArticleFactory();
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    return detector.compareWithSource(factory.create(ArticleDraft.of("a", a)), factory.create(ArticleDraft.of("b", b)));
  }

  /** Five counted EDITED pairs covering a fifth of each side, sharing 30 content words. */
  private static ReuseStats stats(int longestRun, int nearCopies) {
    return new ReuseStats(5, 0.2, 0.2, 0.2, 0.2, 0, 0.8, 0, 1, 30, 0.2, longestRun, nearCopies, 0, 1);
  }

  /**
   * {@code counted} EDITED pairs covering two thirds of a three-sentence brief, 16 shared words; the
   * sentences are reprinted as they stand when some are near copies.
   */
  private static ReuseStats brief(int counted, int nearCopies) {
    return new ReuseStats(counted, 0.67, 0.67, 0.67, 0.67, 0, 0.8, 0, 1, 16, 0.67, counted, nearCopies,
        nearCopies > 0 ? 0.67 : 0, 1);
  }

  private static AlignedPair pair(int source, int derived) {
    List<Integer> s = new ArrayList<>(List.of(source));
    List<Integer> d = new ArrayList<>(List.of(derived));
    return new AlignedPair(s, d, new Span(0, 1), new Span(0, 1), AlignmentType.EDITED, 0.8, 0.6, 0.6, 0);
  }
}
