package org.wiretrace.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.changes.Change;
import org.wiretrace.model.Article;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;

/**
 * A relation laid out for reading side by side: both articles cut into segments in text order,
 * each aligned segment linked to its partner by a pair number and coloured by how closely it
 * follows (verbatim, edited, paraphrased), unaligned source text marked dropped and unaligned
 * derived text marked added, and each change flag attached to the pair it was found in. Renderers
 * (the HTML report, the web app's comparison page) only draw what this computes.
 */
public final class SideBySide {

  /** What a segment is, as a reader sees it. */
  public enum SegmentKind {
    /** The same words as its partner. */
    VERBATIM,
    /** Mostly the same words, some changed. */
    EDITED,
    /** The same content in other words. */
    PARAPHRASED,
    /** Derived text with no source counterpart. */
    ADDED,
    /** Source text the derived article left out. */
    DROPPED;

    /**
     * Returns the lower-case name used as a CSS class.
     *
     * @return e.g. {@code verbatim}
     */
    public String cssClass() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A run of sentences of one article.
   *
   * @param kind how it relates to the other article
   * @param pair the aligned pair number (from 0, in derived order), or -1 when unaligned
   * @param span the characters covered, in the article's original text
   * @param heading true when the sentences are a headline or crosshead
   * @param changes flags found on the pair (the same list on both partners); empty when unaligned
   */
  public record Segment(SegmentKind kind, int pair, Span span, boolean heading, List<Change> changes) {
    /** Copies the list. */
    public Segment {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(span, "span");
      changes = List.copyOf(changes);
    }

    /**
     * Returns whether this segment has a partner on the other side.
     *
     * @return true when aligned
     */
    public boolean aligned() {
      return pair >= 0;
    }
  }

  /**
   * One line of a two-column table: a source segment, a derived segment, or a linked pair.
   *
   * @param source the source side, or null when the derived text was added
   * @param derived the derived side, or null when the source text was dropped
   */
  public record Row(@Nullable Segment source, @Nullable Segment derived) {}

  /**
   * A piece of a segment's text: plain, or the words a change flag is about.
   *
   * @param span the characters, in the article's original text
   * @param change the change these words carry, or null for plain text
   */
  public record Piece(Span span, @Nullable Change change) {}

  private final Relation relation;
  private final Article source;
  private final Article derived;
  private final List<Segment> sourceSegments;
  private final List<Segment> derivedSegments;

  private SideBySide(Relation relation, Article source, Article derived) {
    this.relation = relation;
    this.source = source;
    this.derived = derived;
    List<List<Change>> changes = changesByPair(relation);
    this.sourceSegments = segments(source, pairBySentence(relation, true), changes, SegmentKind.DROPPED, relation);
    this.derivedSegments = segments(derived, pairBySentence(relation, false), changes, SegmentKind.ADDED, relation);
  }

  /**
   * Lays out a relation.
   *
   * @param relation the relation
   * @param source the article with id {@code relation.source()}
   * @param derived the article with id {@code relation.derived()}
   * @return the layout
   * @throws IllegalArgumentException when the articles are not the relation's
   */
  public static SideBySide of(Relation relation, Article source, Article derived) {
    if (!relation.source().equals(source.id()) || !relation.derived().equals(derived.id())) {
      throw new IllegalArgumentException("articles " + source.id() + " and " + derived.id()
          + " are not the relation's source " + relation.source() + " and derived " + relation.derived());
    }
    return new SideBySide(relation, source, derived);
  }

  /**
   * Returns the relation laid out.
   *
   * @return the relation
   */
  public Relation relation() {
    return relation;
  }

  /**
   * Returns the source article.
   *
   * @return the source
   */
  public Article source() {
    return source;
  }

  /**
   * Returns the derived article.
   *
   * @return the derived
   */
  public Article derived() {
    return derived;
  }

  /**
   * Returns the source article's segments in text order.
   *
   * @return the segments
   */
  public List<Segment> sourceSegments() {
    return sourceSegments;
  }

  /**
   * Returns the derived article's segments in text order.
   *
   * @return the segments
   */
  public List<Segment> derivedSegments() {
    return derivedSegments;
  }

  /**
   * Returns the segments as table rows in derived order; a dropped source segment comes just before
   * the row of the aligned source segment that follows it in the source.
   *
   * @return the rows
   */
  public List<Row> rows() {
    Map<Integer, Segment> sourceByPair = new LinkedHashMap<>();
    sourceSegments.stream().filter(Segment::aligned).forEach(s -> sourceByPair.putIfAbsent(s.pair(), s));
    List<Row> rows = new ArrayList<>();
    boolean[] shown = new boolean[sourceSegments.size()];
    for (Segment d : derivedSegments) {
      Segment s = d.aligned() ? sourceByPair.get(d.pair()) : null;
      if (s != null) {
        int at = sourceSegments.indexOf(s);
        droppedBefore(at, shown, rows);
        rows.add(new Row(shown[at] ? null : s, d));
        shown[at] = true;
      } else {
        rows.add(new Row(null, d));
      }
    }
    droppedBefore(sourceSegments.size(), shown, rows);
    return rows;
  }

  private void droppedBefore(int end, boolean[] shown, List<Row> rows) {
    for (int i = 0; i < end; i++) {
      if (!shown[i] && !sourceSegments.get(i).aligned()) {
        rows.add(new Row(sourceSegments.get(i), null));
        shown[i] = true;
      }
    }
  }

  /**
   * Cuts a segment's text into plain pieces and pieces that a change flag is about, in text order.
   * Overlapping change spans go to the first change; spans outside the segment are clipped.
   *
   * @param segment a segment of this layout
   * @param sourceSide true for a source segment, false for a derived one
   * @return pieces covering the segment's span exactly
   */
  public List<Piece> pieces(Segment segment, boolean sourceSide) {
    List<Change> sorted = new ArrayList<>(segment.changes());
    sorted.sort(java.util.Comparator.comparingInt(c -> side(c, sourceSide).start()));
    List<Piece> pieces = new ArrayList<>();
    int at = segment.span().start();
    for (Change c : sorted) {
      Span marked = side(c, sourceSide);
      int start = Math.max(at, marked.start());
      int end = Math.min(segment.span().end(), marked.end());
      if (end > start) {
        addPlain(pieces, at, start);
        pieces.add(new Piece(new Span(start, end), c));
        at = end;
      }
    }
    addPlain(pieces, at, segment.span().end());
    return pieces;
  }

  private static Span side(Change c, boolean sourceSide) {
    return sourceSide ? c.sourceSpan() : c.derivedSpan();
  }

  private static void addPlain(List<Piece> pieces, int start, int end) {
    if (end > start) {
      pieces.add(new Piece(new Span(start, end), null));
    }
  }

  /**
   * Returns the share of the derived article's body characters that are in aligned segments.
   *
   * @return a value in [0, 1]
   */
  public double derivedAlignedShare() {
    return alignedShare(derivedSegments);
  }

  private static double alignedShare(List<Segment> segments) {
    long all = 0;
    long aligned = 0;
    for (Segment s : segments) {
      if (!s.heading()) {
        all += s.span().length();
        aligned += s.aligned() ? s.span().length() : 0;
      }
    }
    return all == 0 ? 0 : (double) aligned / all;
  }

  private static Map<Integer, Integer> pairBySentence(Relation relation, boolean sourceSide) {
    Map<Integer, Integer> pairs = new HashMap<>();
    for (int p = 0; p < relation.alignments().size(); p++) {
      AlignedPair pair = relation.alignments().get(p);
      for (int sentence : sourceSide ? pair.sourceSentences() : pair.derivedSentences()) {
        pairs.putIfAbsent(sentence, p);
      }
    }
    return pairs;
  }

  /** Each change goes to the pair whose derived span holds it, else whose source span holds it. */
  private static List<List<Change>> changesByPair(Relation relation) {
    List<List<Change>> byPair = new ArrayList<>();
    relation.alignments().forEach(p -> byPair.add(new ArrayList<>()));
    for (Change c : relation.changes()) {
      int pair = pairOf(relation.alignments(), c);
      if (pair >= 0) {
        byPair.get(pair).add(c);
      }
    }
    return byPair;
  }

  private static int pairOf(List<AlignedPair> pairs, Change c) {
    for (int p = 0; p < pairs.size(); p++) {
      if (holds(pairs.get(p).derivedSpan(), c.derivedSpan())) {
        return p;
      }
    }
    for (int p = 0; p < pairs.size(); p++) {
      if (holds(pairs.get(p).sourceSpan(), c.sourceSpan())) {
        return p;
      }
    }
    return -1;
  }

  private static boolean holds(Span passage, Span change) {
    return change.length() > 0 ? passage.overlaps(change) : passage.contains(change) && change.start() > passage.start();
  }

  /** Groups consecutive sentences with the same pair (or, unaligned, the same paragraph) into segments. */
  private static List<Segment> segments(Article article, Map<Integer, Integer> pairs, List<List<Change>> changes,
      SegmentKind unaligned, Relation relation) {
    List<Segment> out = new ArrayList<>();
    Sentence first = null;
    Sentence last = null;
    for (Sentence s : article.sentences()) {
      if (first != null && !sameSegment(first, s, pairs)) {
        out.add(segment(first, last, pairs, changes, unaligned, relation));
        first = null;
      }
      first = first == null ? s : first;
      last = s;
    }
    if (first != null) {
      out.add(segment(first, last, pairs, changes, unaligned, relation));
    }
    return out;
  }

  private static boolean sameSegment(Sentence first, Sentence next, Map<Integer, Integer> pairs) {
    int a = pairs.getOrDefault(first.index(), -1);
    int b = pairs.getOrDefault(next.index(), -1);
    return a == b && (a >= 0 || first.paragraph() == next.paragraph()) && first.heading() == next.heading();
  }

  private static Segment segment(Sentence first, Sentence last, Map<Integer, Integer> pairs,
      List<List<Change>> changes, SegmentKind unaligned, Relation relation) {
    int pair = pairs.getOrDefault(first.index(), -1);
    Span span = new Span(first.span().start(), last.span().end());
    if (pair < 0) {
      return new Segment(unaligned, -1, span, first.heading(), List.of());
    }
    SegmentKind kind = switch (relation.alignments().get(pair).type()) {
      case VERBATIM -> SegmentKind.VERBATIM;
      case EDITED -> SegmentKind.EDITED;
      case PARAPHRASED -> SegmentKind.PARAPHRASED;
    };
    return new Segment(kind, pair, span, first.heading(), changes.get(pair));
  }
}
