package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.Span;
import org.wiretrace.provenance.Direction;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;

/**
 * Which third article explains a link between two copies: the one both reuse more closely than each
 * other, the one each holds sentences of that the other lacks (independent descent), or an earlier one
 * both reuse as closely as each other (of equally supported sources, the original).
 */
class CommonSourceTest {

  private static final ArticleId WIRE = new ArticleId("wire");
  private static final ArticleId COPY_A = new ArticleId("copy-a");
  private static final ArticleId COPY_B = new ArticleId("copy-b");

  @Test
  void explainer_closeCopiesThatCutDifferentWireSentences_runViaTheWire() {
    // A keeps wire sentences 0-7, B keeps 2-9: each holds two the other lacks; A and B align more closely
    // with each other (0.95) than with the wire (0.8), so only the stemmatic test explains them
    Relation ab = relation(COPY_A, COPY_B, 0.95, range(2, 8), range(0, 6));
    Relation wa = relation(WIRE, COPY_A, 0.8, range(0, 8), range(0, 8));
    Relation wb = relation(WIRE, COPY_B, 0.8, range(2, 10), range(0, 8));

    assertThat(explainer(ab, wa, wb)).isEqualTo(WIRE);
  }

  @Test
  void explainer_copyOfACopy_isNotExplainedByTheWire() {
    // B holds only wire sentences A also holds (2-7): B may have taken them from A
    Relation ab = relation(COPY_A, COPY_B, 0.95, range(2, 8), range(0, 6));
    Relation wa = relation(WIRE, COPY_A, 0.8, range(0, 8), range(0, 8));
    Relation wb = relation(WIRE, COPY_B, 0.8, range(2, 8), range(0, 6));

    assertThat(explainer(ab, wa, wb)).isNull();
  }

  @Test
  void explainer_oneUniqueSentenceEach_isAlignmentNoiseNotEvidence() {
    Relation ab = relation(COPY_A, COPY_B, 0.95, range(1, 8), range(0, 7));
    Relation wa = relation(WIRE, COPY_A, 0.8, range(0, 8), range(0, 8));
    Relation wb = relation(WIRE, COPY_B, 0.8, range(1, 9), range(0, 8));

    assertThat(explainer(ab, wa, wb)).isNull();
  }

  @Test
  void explainer_copiesSharingTextTheThirdLacks_areNotExplainedByIt() {
    // A and B share their sentences 0-7, but the third holds only A's 0-3 and B's 4-7: each holds
    // what the other lacks, yet what they share comes from elsewhere (a fuller, unseen version)
    Relation ab = relation(COPY_A, COPY_B, 0.95, range(0, 8), range(0, 8));
    Relation wa = relation(WIRE, COPY_A, 0.8, range(0, 4), range(0, 4));
    Relation wb = relation(WIRE, COPY_B, 0.8, range(4, 8), range(4, 8));

    assertThat(explainer(ab, wa, wb)).isNull();
  }

  @Test
  void explainer_spunCopyAndVerbatimDuplicateOfOneWire_runViaTheEarlierWire() {
    // the duplicate (copy A) holds the wire verbatim, so the spun copy B reuses it exactly as closely
    // as the wire: the text cannot tell them apart, and the wire came before both
    List<Relation> tie = duplicateAndSpunCopy(DirectionStatus.KNOWN);

    assertThat(explainer(tie.get(0), tie.get(1), tie.get(2))).isEqualTo(WIRE);
    assertThat(explainer(tie.get(2), tie.get(1), tie.get(0))).as("wire to spun copy, via the later duplicate").isNull();
  }

  @Test
  void explainer_tieWithAThirdOfUndecidedOrder_isNoEvidence() {
    List<Relation> tie = duplicateAndSpunCopy(DirectionStatus.UNDETERMINED);

    assertThat(explainer(tie.get(0), tie.get(1), tie.get(2))).isNull();
  }

  @Test
  void annotate_linkExplainedByAnEarlierWire_saysSoInItsDirectionReasons() {
    List<Relation> out = CommonSource.annotate(duplicateAndSpunCopy(DirectionStatus.KNOWN), d -> {
      throw new AssertionError("a known direction is kept");
    });

    assertThat(out.get(0).direction().reasons()).last().asString().contains("via wire").contains("came before both");
    assertThat(out.get(1).direction().reasons()).containsExactly("test");
  }

  /** Copy A to copy B, the wire to A (a verbatim duplicate; its direction as given), the wire to B. */
  private static List<Relation> duplicateAndSpunCopy(DirectionStatus wireToDuplicate) {
    return List.of(relation(COPY_A, COPY_B, 0.9, range(0, 8), range(0, 8)),
        relation(WIRE, COPY_A, 1.0, range(0, 8), range(0, 8), wireToDuplicate),
        relation(WIRE, COPY_B, 0.9, range(0, 8), range(0, 8)));
  }

  private static ArticleId explainer(Relation ab, Relation... others) {
    return CommonSource.ReuseGraph.of(List.of(ab, others[0], others[1])).explainer(ab);
  }

  /** A relation whose aligned pairs join the given sentences one to one, covering both sides equally. */
  private static Relation relation(ArticleId source, ArticleId derived, double coverage, List<Integer> sourceSentences,
      List<Integer> derivedSentences) {
    return relation(source, derived, coverage, sourceSentences, derivedSentences, DirectionStatus.KNOWN);
  }

  private static Relation relation(ArticleId source, ArticleId derived, double coverage, List<Integer> sourceSentences,
      List<Integer> derivedSentences, DirectionStatus status) {
    Direction d = new Direction(source, derived, status, List.of("test"), false);
    List<AlignedPair> pairs = new ArrayList<>();
    for (int i = 0; i < sourceSentences.size(); i++) {
      pairs.add(new AlignedPair(List.of(sourceSentences.get(i)), List.of(derivedSentences.get(i)), new Span(0, 1),
          new Span(0, 1), AlignmentType.EDITED, 1.0, 1.0, 1.0, 0.0));
    }
    return new Relation(RelationKind.SYNDICATED, d, 1.0, coverage, coverage, coverage, coverage, 0.5, pairs, List.of(),
        0.5, pairs.size(), 20 * pairs.size(), 0.0);
  }

  private static List<Integer> range(int from, int to) {
    Set<Integer> out = new TreeSet<>();
    for (int i = from; i < to; i++) {
      out.add(i);
    }
    return List.copyOf(out);
  }
}
