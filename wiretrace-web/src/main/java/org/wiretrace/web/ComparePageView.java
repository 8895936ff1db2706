package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wiretrace.changes.Change;
import org.wiretrace.model.Article;
import org.wiretrace.report.Relation;
import org.wiretrace.report.SideBySide;
import org.wiretrace.web.Html.Tag;

/**
 * Renders a comparison: the relation's verdict, its change flags, and the two texts in columns that
 * scroll together, each aligned segment linked to its partner (compare.js highlights the partner on
 * hover and scrolls to it on click), coloured by alignment type, changed words marked and each flag
 * explained inline.
 */
final class ComparePageView {

  private ComparePageView() {}

  static Tag form(@Nullable String a, @Nullable String b) {
    return tag("form").cls("search").attr("method", "get").attr("action", "/compare").add(
        tag("input").attr("type", "search").attr("name", "a").attr("value", a)
            .attr("placeholder", "First article id").attr("aria-label", "First article id"),
        tag("input").attr("type", "search").attr("name", "b").attr("value", b)
            .attr("placeholder", "Second article id").attr("aria-label", "Second article id"),
        tag("button").attr("type", "submit").text("Compare"));
  }

  static Tag page(SideBySide layout, @Nullable String a, @Nullable String b) {
    return tag("main").add(tag("h1").text("Comparison"), form(a, b), verdict(layout.relation(), layout),
        flags(layout.relation().changes()), legend(), columns(layout),
        tag("script").attr("src", "/static/compare.js").attr("defer", "defer"));
  }

  static Tag verdict(Relation r, SideBySide layout) {
    Tag card = tag("div").cls("card").cls("verdict").add(tag("p").add(
        ArticlePageView.link(layout.derived()), Html.text(" is "),
        tag("span").cls("pill").cls("kind-" + r.kind().name()).text(Formats.kind(r)),
        Html.text(r.kind().isReuse() ? " from " : " compared with "), ArticlePageView.link(layout.source()),
        Html.text(String.format(Locale.ROOT, " (confidence %.2f).", r.confidence()))));
    card.add(tag("p").text("Direction " + r.directionStatus().name().toLowerCase(Locale.ROOT)
        + (r.direction().commonSource() ? "; both likely copy a common source" : "") + ". Source "
        + Formats.percent(r.sourceCoverage()) + " covered, derived " + Formats.percent(r.derivedCoverage())
        + " covered, " + Formats.percent(r.verbatimShare()) + " verbatim; " + r.alignments().size() + " aligned passages."));
    if (!r.direction().reasons().isEmpty()) {
      Tag reasons = tag("ul").cls("reasons");
      r.direction().reasons().forEach(reason -> reasons.add(tag("li").text(reason)));
      card.add(reasons);
    }
    return card;
  }

  static Tag flags(List<Change> changes) {
    Tag section = tag("section").cls("flags").add(tag("h2").text("Change flags (" + changes.size() + ")"));
    if (changes.isEmpty()) {
      return section.add(tag("p").cls("muted").text("No change of fact was flagged in the aligned passages."));
    }
    Tag list = tag("ol").cls("flag-list");
    for (Change c : changes) {
      list.add(tag("li").cls("flag-item").cls("sev-" + c.severity().name()).add(
          tag("span").cls("pill").cls("sev-" + c.severity().name()).text(c.severity().name().toLowerCase(Locale.ROOT)),
          tag("b").text(c.kind().name().toLowerCase(Locale.ROOT)), Html.text(": " + c.explanation() + " "),
          tag("span").cls("muted").text("“" + c.sourceText() + "” → “" + c.derivedText() + "”")));
    }
    return section.add(list);
  }

  static Tag legend() {
    Tag legend = tag("p").cls("legend");
    for (SideBySide.SegmentKind kind : SideBySide.SegmentKind.values()) {
      legend.add(tag("span").add(tag("span").cls("sw").cls(kind.cssClass()), Html.text(label(kind))));
    }
    return legend.add(tag("span").add(tag("mark").cls("changed").text("changed words")),
        tag("span").text("Hover a passage to see its partner; click to scroll to it."));
  }

  private static String label(SideBySide.SegmentKind kind) {
    return switch (kind) {
      case VERBATIM -> "verbatim";
      case EDITED -> "edited";
      case PARAPHRASED -> "paraphrased";
      case ADDED -> "added in the derived";
      case DROPPED -> "dropped from the source";
    };
  }

  private static Tag columns(SideBySide layout) {
    return tag("div").cls("compare-wrap").add(
        tag("div").cls("compare-head").add(
            tag("h3").text("Source: " + heading(layout.source())),
            tag("h3").text("Derived: " + heading(layout.derived()))),
        tag("div").cls("compare-cols").add(
            column(layout, layout.sourceSegments(), true), column(layout, layout.derivedSegments(), false)));
  }

  static String heading(Article a) {
    return a.id().value().equals(TraceInput.QUERY_ID) ? "your article"
        : ArticlePageView.title(a) + " (" + Formats.caption(a) + ")";
  }

  private static Tag column(SideBySide layout, List<SideBySide.Segment> segments, boolean sourceSide) {
    Tag col = tag("div").cls("compare-col").attr("id", sourceSide ? "col-source" : "col-derived")
        .attr("tabindex", 0).attr("aria-label", sourceSide ? "Source text" : "Derived text");
    segments.forEach(s -> col.add(segment(layout, s, sourceSide)));
    return col;
  }

  static Tag segment(SideBySide layout, SideBySide.Segment s, boolean sourceSide) {
    Article article = sourceSide ? layout.source() : layout.derived();
    Tag seg = tag("div").cls("seg").cls(s.kind().cssClass());
    if (s.heading()) {
      seg.cls("heading");
    }
    if (s.aligned()) {
      seg.attr("data-pair", s.pair()).attr("id", (sourceSide ? "s" : "d") + "-" + s.pair());
    }
    for (SideBySide.Piece piece : layout.pieces(s, sourceSide)) {
      String words = piece.span().of(article.text());
      seg.add(piece.change() == null ? Html.text(words)
          : tag("mark").cls("changed").attr("title", piece.change().explanation()).text(words));
    }
    if (!sourceSide) {
      s.changes().forEach(c -> seg.add(tag("span").cls("flag").cls("sev-" + c.severity().name())
          .attr("title", c.explanation()).text(c.kind().name().toLowerCase(Locale.ROOT)),
          tag("span").cls("flag-note").text(c.explanation())));
    }
    return seg;
  }
}
