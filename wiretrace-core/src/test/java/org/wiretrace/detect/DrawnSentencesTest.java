package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.model.Span;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.text.ArticleFactory;

/**
 * A heavy rewrite splits, merges and shortens its source's sentences, so few of its sentences align
 * one to one; its sentences are still contained in the source's passages, in order. A text written
 * on the same topic without the source shares the topic's words, not a run of its phrasing.
 */
class DrawnSentencesTest {

  private final RelationClassifier classifier = new RelationClassifier(DetectorConfig.defaults());

  // invented source: an encyclopaedia-style paragraph
  private static final String SOURCE = """
      The Orlen weir is a low dam across the river Vals, built in 1911 to keep the water deep enough for barges to reach the mills of Valmont.
      It raises the river by about two metres and feeds a side channel that once drove eleven water wheels along the old mill street.
      When the mills closed in the 1950s, the channel silted up and the wheels were removed, although two of them are kept in the town museum.
      The weir was renovated in the 1970s, when its wooden gates were replaced by steel ones that the river authority opens during floods.
      Because fish could not pass the weir, a stepped fish ladder was added on the eastern bank in 2004, the first on the river.
      Counts at the ladder show that salmon and sea trout have returned to the upper river in small but growing numbers since then.
      """;

  // invented heavy rewrite: source sentences split, shortened, merged and reworded, order kept
  private static final String REWRITE = """
      Built in 1911, the Orlen weir is a low dam across the river Vals.
      Barges needed the water deep enough to reach the mills of Valmont.
      By raising the river about two metres it feeds a side channel, where eleven water wheels once stood on the old mill street.
      After the mills closed the channel silted up, and two of the wheels are now kept in the town museum.
      Its wooden gates gave way to steel ones in the 1970s, which the river authority opens during floods.
      Fish could not pass the weir until a stepped fish ladder was added on the eastern bank in 2004.
      Salmon and sea trout have been returning to the upper river ever since, counts at the ladder show.
      """;

  // invented heavier rewrite: each sentence a short fragment of one source sentence, in order
  private static final String FRAGMENTS = """
      Barges had to reach the mills, so the water was kept deep enough.
      A side channel once drove eleven water wheels.
      The channel silted up once the mills closed.
      The wooden gates were later replaced by steel ones.
      A fish ladder was added because fish could not pass.
      Salmon and sea trout have returned in growing numbers.
      """;

  // invented independent text on the same topic, written without the source
  private static final String INDEPENDENT = """
      Many rivers in Europe are crossed by small dams that were built to serve industry.
      Such weirs often powered water wheels for mills, and some later generated electricity.
      Today they are a problem for migrating fish such as salmon, which cannot climb them.
      Engineers have added fish ladders or bypass channels to many of them.
      In some places the weirs are being removed altogether, which restores the natural flow of the river.
      Counts show that fish numbers recover within a few years once a river is open again.
      """;

  @Test
  void of_splitAndShortenedRewrite_drawsARunInOrder() {
    DrawnSentences drawn = DrawnSentences.of(side(SOURCE), side(REWRITE));

    assertThat(drawn.orderedRun()).isGreaterThanOrEqualTo(RelationClassifier.MIN_DRAWN_RUN);
  }

  @Test
  void of_independentTextOnTheTopic_drawsNoRun() {
    DrawnSentences drawn = DrawnSentences.of(side(SOURCE), side(INDEPENDENT));

    assertThat(drawn.orderedRun()).isLessThan(RelationClassifier.MIN_DRAWN_RUN);
  }

  @Test
  void compare_splitAndShortenedRewrite_isReuse() {
    Relation r = compare(SOURCE, REWRITE);

    assertThat(r.kind().isReuse()).as("%s, derived coverage %.2f", r.kind(), r.derivedCoverage()).isTrue();
  }

  @Test
  void compare_rewriteInFragments_isReuseAndShowsTheDrawnSentencesAsPassages() {
    Relation r = compare(SOURCE, FRAGMENTS);
    DrawnSentences drawn = DrawnSentences.of(side(SOURCE), side(FRAGMENTS));

    assertThat(r.kind().isReuse()).as("%s, derived coverage %.2f", r.kind(), r.derivedCoverage()).isTrue();
    assertThat(drawn.sentences()).hasSizeGreaterThanOrEqualTo(RelationClassifier.MIN_DRAWN_RUN);

    List<Integer> derived = r.alignments().stream().flatMap(p -> p.derivedSentences().stream()).toList();
    List<Integer> source = r.alignments().stream().flatMap(p -> p.sourceSentences().stream()).toList();
    assertThat(derived).as("every drawn sentence is shown, once, in derived order")
        .containsAll(drawn.sentences()).doesNotHaveDuplicates().isSorted();
    assertThat(source).as("a source sentence is in one passage at most").doesNotHaveDuplicates();
    assertThat(r.alignments()).filteredOn(p -> p.type() == AlignmentType.PARAPHRASED)
        .allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));
  }

  @Test
  void besides_keepsTheAlignedPairsAndAddsOnlyPassagesThatFit() {
    AlignedPair aligned = pair(List.of(1), List.of(1), AlignmentType.EDITED);
    AlignedPair sameDerived = pair(List.of(0), List.of(1), AlignmentType.PARAPHRASED);
    AlignedPair sameSource = pair(List.of(1, 2), List.of(2), AlignmentType.PARAPHRASED);
    AlignedPair fits = pair(List.of(0), List.of(0), AlignmentType.PARAPHRASED);
    AlignedPair fitsLater = pair(List.of(3), List.of(3), AlignmentType.PARAPHRASED);
    DrawnSentences drawn = new DrawnSentences(List.of(0, 1, 2, 3), 1.0, 3,
        List.of(fits, sameDerived, sameSource, fitsLater));

    assertThat(drawn.besides(List.of(aligned))).containsExactly(fits, aligned, fitsLater);
  }

  private static AlignedPair pair(List<Integer> source, List<Integer> derived, AlignmentType type) {
    return new AlignedPair(source, derived, new Span(source.getFirst() * 10, source.getFirst() * 10 + 5),
        new Span(derived.getFirst() * 10, derived.getFirst() * 10 + 5), type, 0.5, 0.5, 0, 0);
  }

  @Test
  void kind_fewAlignedPairsButARunOfDrawnSentences_isReuse() {
    // one aligned pair covering a tenth of the answer: the rewrite split its source's sentences
    ReuseStats onePair = new ReuseStats(1, 0.05, 0.1, 0.05, 0.1, 0, 0.5, 0, 1, 12, 0, 1, 0, 0, 1);
    Story story = new Story(0, 0, 0);
    DrawnSentences fourInOrder = new DrawnSentences(List.of(0, 3, 8, 9), 0.4, 4);
    DrawnSentences twoInOrder = new DrawnSentences(List.of(0, 3), 0.2, 2);

    assertThat(classifier.kind(onePair, story, () -> fourInOrder)).isEqualTo(RelationKind.PARTIAL);
    assertThat(classifier.kind(onePair, story, () -> twoInOrder)).isEqualTo(RelationKind.UNRELATED);
    assertThat(classifier.kind(onePair, story, () -> new DrawnSentences(List.of(0, 1, 2, 3, 4, 5), 0.6, 6)))
        .isEqualTo(RelationKind.PARAPHRASED);
  }

  @Test
  void compare_independentTextOnTheTopic_isNoReuse() {
    Relation r = compare(SOURCE, INDEPENDENT);

    assertThat(r.kind().isReuse()).as("%s", r.kind()).isFalse();
  }

  @Test
  void kind_runOfDrawnSentencesInALongStory_isNoReuse() {
    // three sentences of a background paragraph restated in a follow-up story of eighteen
    ReuseStats onePair = new ReuseStats(1, 0.05, 0.06, 0.05, 0.06, 0, 0.5, 0, 1, 12, 0, 1, 0, 0, 1);
    DrawnSentences background = new DrawnSentences(List.of(4, 5, 6), 3 / 18.0, 3);

    assertThat(classifier.kind(onePair, new Story(0, 0, 0), () -> background)).isEqualTo(RelationKind.UNRELATED);
  }

  @Test
  void of_stockSentenceWithOtherAmounts_isNotDrawn() {
    // invented: one agency's stock wording for two bond issues
    String first = """
        The debentures have an 8-3/4 pct coupon and were priced at 99.375 to yield 125 basis points over Treasury bonds.
        The issue is non-refundable for ten years, the manager said.
        A sinking fund that starts in 1998 can retire five pct of the debentures annually.
        """;
    String second = """
        The debentures have an 8-3/4 pct coupon and were priced at 99.784 to yield 120 basis points over Treasury bonds.
        The issue is non-refundable for seven years, the manager said.
        A sinking fund that starts in 1999 can retire five pct of the debentures annually.
        """;

    assertThat(DrawnSentences.of(side(first), side(second)).sentences()).isEmpty();
  }

  @Test
  void of_nameShortenedToItsInitials_isStillDrawn() {
    String source = """
        The Google search engine ranks each page of a linked set of documents, such as the World Wide Web, by the pages that link to it.
        """;
    String derived = """
        The Google engine gives each page of a linked set of documents, such as the WWW, a rank from the pages that link to it.
        """;

    assertThat(DrawnSentences.of(side(source), side(derived)).sentences()).hasSize(1);
  }

  @Test
  void of_stockSentenceAboutAnotherSubject_isNotDrawn() {
    String source = """
        Barclays Bank and Midland Bank said on Monday they are cutting their base lending rates by half a point.
        """;
    String derived = """
        Citibank NA said on Monday it is cutting its British base lending rates by half a point.
        """;

    assertThat(DrawnSentences.of(side(source), side(derived)).sentences()).isEmpty();
  }

  @Test
  void of_stockSentenceAboutAnotherTown_isNotDrawn() {
    String source = """
        The colliery counts more than 2,400 people and is the main employer in North Mossbury.
        """;
    String derived = """
        The pit counts more than 2,400 people and is the main source of jobs in Marchholme.
        """;

    assertThat(DrawnSentences.of(side(source), side(derived)).sentences()).isEmpty();
  }

  @Test
  void spelledOut_initialismOfConsecutiveCapitalisedWords_isFound() {
    assertThat(Initialisms.spelledOut("such as the WWW today", "such as the World Wide Web today"))
        .containsExactly(1, 3);
    assertThat(Initialisms.spelledOut("such as the WWW today", "such as the world wide web today"))
        .containsExactly(0, 0);
  }

  @Test
  void longestOrdered_sentencesDrawnFromOnePassage_countOnce() {
    assertThat(DrawnSentences.longestOrdered(List.of(0, 0, 2, 1, 3, 5))).isEqualTo(4);
    assertThat(DrawnSentences.longestOrdered(List.of(5, 3, 1))).isEqualTo(1);
    assertThat(DrawnSentences.longestOrdered(List.of())).isZero();
  }

  private static org.wiretrace.provenance.SourceSide side(String text) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(DetectorConfig.defaults(), new LexicalEmbedder());
    return analyzer.analyze(new ArticleFactory().create(ArticleDraft.of("t", text))).side();
  }

  private static Relation compare(String source, String derived) {
    ArticleFactory factory = new ArticleFactory();
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    return detector.compareWithSource(factory.create(ArticleDraft.of("source", source)),
        factory.create(ArticleDraft.of("derived", derived)));
  }
}
