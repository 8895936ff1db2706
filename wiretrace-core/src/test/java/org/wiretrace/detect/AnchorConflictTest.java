package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Span;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.text.ArticleFactory;

/** Stock phrasing about different things is not reuse; a copy that changes one fact still is. */
class AnchorConflictTest {

  private static final String TEMPLATE = """
      The council in %1$s voted on Monday to close the %2$s Bridge for repairs lasting %3$s weeks.
      Engineers from %4$s Consulting found cracks in two of the main supports last spring.
      Drivers will be sent through %5$s Road while the work continues, the council said.
      Mayor %6$s said the closure was regrettable but could not be delayed any longer.
      Local traders in %1$s warned that the diversion would cost them customers.
      The bridge carries about %7$s vehicles a day, according to the council's own figures.
      %4$s Consulting said the supports had weakened faster than its models predicted.
      A public meeting about the closure will be held at %8$s Hall next week.
      """;

  private final ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
  private final ArticleFactory factory = new ArticleFactory();

  @Test
  void compare_sameStockPhrasingOtherNames_isNotReuse() {
    Relation r = compare(
        TEMPLATE.formatted("Harlowby", "Quentmere", "nine", "Tressington", "Audley", "Pennock", "14,200", "Gilmore"),
        TEMPLATE.formatted("Carrowfield", "Ostlake", "six", "Brannigan", "Fellside", "Ruthven", "8,900", "Marbury"));

    assertThat(r.kind().isReuse()).as("kind %s", r.kind()).isFalse();
  }

  @Test
  void compare_copyWithOneNameChanged_isReuse() {
    Relation r = compare(
        TEMPLATE.formatted("Harlowby", "Quentmere", "nine", "Tressington", "Audley", "Pennock", "14,200", "Gilmore"),
        TEMPLATE.formatted("Harlowby", "Quentmere", "nine", "Tressington", "Audley", "Pennock", "14,200", "Crossley"));

    assertThat(r.kind().isReuse()).as("kind %s", r.kind()).isTrue();
  }

  @Test
  void compareWithSource_condensedCopyDroppingNames_isReuse() {
    String source = """
        Mayor Anna Pell of Grenville told reporters at Oskarsson Hall on Monday that the Lorne Bridge would close in March.
        Engineers from Tarrant Wells Consulting found cracks in two arches of the Lorne Bridge during an inspection in January.
        Traffic will be sent along Ferris Road and Quay Street while the repairs last, Pell said at Oskarsson Hall.
        The Grenville council set aside 4.2 million euros for the work, according to budget papers seen by the Herald.
        Shop owners on Quay Street in Grenville said they feared losing customers during the closure.
        """;
    String derived = """
        Pell told reporters that the bridge would close in March.
        Engineers found cracks in two arches of the bridge during an inspection in January.
        Traffic will be sent along Ferris Road while the repairs last, the mayor said.
        The council set aside millions for the work, according to budget papers seen by the Herald.
        Shop owners said they feared losing customers during the closure.
        """;

    Relation r = detector.compareWithSource(factory.create(ArticleDraft.of("a", source)),
        factory.create(ArticleDraft.of("b", derived)));

    assertThat(r.kind().isReuse()).as("kind %s", r.kind()).isTrue();
  }

  @Test
  void conflicts_foreignAnchorsOnBothSidesOutnumberShared_isTrue() {
    SentenceProfile s = profile(1, 2, 3);
    SentenceProfile d = profile(1, 4, 5);

    assertThat(ReuseStats.conflicts(s, d, new long[] {1, 2, 3}, new long[] {1, 4, 5})).isTrue();
  }

  @Test
  void conflicts_oneChangedAnchorAmongShared_isFalse() {
    SentenceProfile s = profile(1, 2, 3);
    SentenceProfile d = profile(1, 2, 4);

    assertThat(ReuseStats.conflicts(s, d, new long[] {1, 2, 3}, new long[] {1, 2, 4})).isFalse();
  }

  @Test
  void conflicts_foreignAnchorOnlyOnOneSide_isFalse() {
    SentenceProfile s = profile(1, 2, 3);
    SentenceProfile d = profile(1);

    assertThat(ReuseStats.conflicts(s, d, new long[] {1, 2, 3}, new long[] {1})).isFalse();
  }

  private Relation compare(String a, String b) {
    return detector.compare(factory.create(ArticleDraft.of("a", a)), factory.create(ArticleDraft.of("b", b)));
  }

  private static SentenceProfile profile(long... anchors) {
    return new SentenceProfile(List.of(0), new Span(0, 1), new long[0], new long[0], anchors, new long[0],
        List.of(), anchors.length, new float[0], new long[0], List.of(), "");
  }
}
