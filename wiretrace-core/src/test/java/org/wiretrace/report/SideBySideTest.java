package org.wiretrace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.changes.Change;
import org.wiretrace.changes.ChangeKind;
import org.wiretrace.changes.Severity;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.provenance.Direction;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.text.ArticleFactory;

class SideBySideTest {

  static final ArticleFactory FACTORY = new ArticleFactory();
  static final Article SOURCE = FACTORY.create(ArticleDraft.of("src",
      "The ferry left at 9 a.m. with 40 passengers.\nThe crossing took two hours.\nA band played on deck."));
  static final Article DERIVED = FACTORY.create(ArticleDraft.of("der",
      "The ferry left at 9 a.m. with 50 passengers.\nTickets were sold out.\nThe trip lasted two hours."));

  static AlignedPair pair(int s, int d, AlignmentType type) {
    return new AlignedPair(List.of(s), List.of(d), SOURCE.sentences().get(s).span(),
        DERIVED.sentences().get(d).span(), type, 0.9, 0.9, 0.9, 0);
  }

  static Relation relation() {
    Span src40 = find(SOURCE, "40");
    Span der50 = find(DERIVED, "50");
    Change change = new Change(ChangeKind.NUMBER, Severity.HIGH, src40, der50, "40", "50", "40", "50",
        "passenger count changed from 40 to 50");
    Direction direction = new Direction(SOURCE.id(), DERIVED.id(), DirectionStatus.KNOWN, List.of("published earlier"), false);
    return new Relation(RelationKind.SYNDICATED, direction, 0.9, 0.66, 0.66, 0.6, 0.6, 0.33,
        List.of(pair(0, 0, AlignmentType.EDITED), pair(1, 2, AlignmentType.PARAPHRASED)), List.of(change));
  }

  static Span find(Article a, String word) {
    int at = a.text().indexOf(word);
    return new Span(at, at + word.length());
  }

  @Test
  void of_segmentKinds() {
    SideBySide layout = SideBySide.of(relation(), SOURCE, DERIVED);
    assertThat(layout.sourceSegments()).extracting(SideBySide.Segment::kind).containsExactly(
        SideBySide.SegmentKind.EDITED, SideBySide.SegmentKind.PARAPHRASED, SideBySide.SegmentKind.DROPPED);
    assertThat(layout.derivedSegments()).extracting(SideBySide.Segment::kind).containsExactly(
        SideBySide.SegmentKind.EDITED, SideBySide.SegmentKind.ADDED, SideBySide.SegmentKind.PARAPHRASED);
    assertThat(layout.derivedSegments()).extracting(SideBySide.Segment::pair).containsExactly(0, -1, 1);
  }

  @Test
  void of_changeOnItsPair() {
    SideBySide layout = SideBySide.of(relation(), SOURCE, DERIVED);
    assertThat(layout.derivedSegments().get(0).changes()).hasSize(1);
    assertThat(layout.derivedSegments().get(2).changes()).isEmpty();
  }

  @Test
  void rows_derivedOrderWithDroppedAtEnd() {
    List<SideBySide.Row> rows = SideBySide.of(relation(), SOURCE, DERIVED).rows();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).source().pair()).isZero();
    assertThat(rows.get(1).source()).isNull();
    assertThat(rows.get(1).derived().kind()).isEqualTo(SideBySide.SegmentKind.ADDED);
    assertThat(rows.get(3).derived()).isNull();
    assertThat(rows.get(3).source().kind()).isEqualTo(SideBySide.SegmentKind.DROPPED);
  }

  @Test
  void pieces_markChangedWords() {
    SideBySide layout = SideBySide.of(relation(), SOURCE, DERIVED);
    List<SideBySide.Piece> pieces = layout.pieces(layout.derivedSegments().get(0), false);
    assertThat(pieces).hasSize(3);
    assertThat(pieces.get(1).span().of(DERIVED.text())).isEqualTo("50");
    assertThat(pieces.get(1).change()).isNotNull();
    assertThat(pieces.getFirst().span().start()).isEqualTo(layout.derivedSegments().get(0).span().start());
    assertThat(pieces.getLast().span().end()).isEqualTo(layout.derivedSegments().get(0).span().end());
    assertThat(layout.pieces(layout.sourceSegments().get(0), true).get(1).span().of(SOURCE.text())).isEqualTo("40");
  }

  @Test
  void of_wrongArticles() {
    assertThatThrownBy(() -> SideBySide.of(relation(), DERIVED, SOURCE)).hasMessageContaining("not the relation's");
  }

  @Test
  void of_segmentsCoverEverySentence() {
    SideBySide layout = SideBySide.of(relation(), SOURCE, DERIVED);
    for (Sentence s : DERIVED.sentences()) {
      assertThat(layout.derivedSegments()).anySatisfy(seg -> assertThat(seg.span().contains(s.span())).isTrue());
    }
  }
}
