package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.Relation;
import org.wiretrace.report.SideBySide;
import org.wiretrace.web.Html.Tag;

/** Renders the "trace this" form and its results: the likely sources of a pasted or uploaded article. */
final class TracePageView {

  private TracePageView() {}

  static Tag form() {
    return tag("form").cls("trace-form").attr("method", "post").attr("action", "/trace")
        .attr("enctype", "multipart/form-data").add(
            tag("div").cls("form-row").add(tag("label").attr("for", "trace-title").text("Headline (optional)"),
                tag("input").attr("type", "text").attr("id", "trace-title").attr("name", "title").cls("wide")),
            tag("div").cls("form-row").add(tag("label").attr("for", "trace-text").text("Paste the article text"),
                tag("textarea").attr("id", "trace-text").attr("name", "text")
                    .attr("placeholder", "One paragraph per line")),
            tag("div").cls("form-row").add(tag("label").attr("for", "trace-file")
                    .text("…or upload a saved page (.html) or a text file (.txt)"),
                tag("input").attr("type", "file").attr("id", "trace-file").attr("name", "file")
                    .attr("accept", ".html,.htm,.txt,text/html,text/plain")),
            tag("button").attr("type", "submit").text("Find its sources"));
  }

  static Tag page() {
    return tag("main").add(tag("h1").text("Trace this"),
        tag("p").cls("muted").text("Paste an article or upload a saved page: Wiretrace compares it with the "
            + "stored articles and lists its likely sources, with what the copy changed. Nothing is stored."),
        form());
  }

  static Tag results(Article query, List<Relation> relations, Map<ArticleId, Article> byId) {
    Tag main = tag("main").add(tag("h1").text("Likely sources"),
        tag("p").cls("muted").text("Traced " + (query.title() == null ? "your article" : "“" + query.title() + "”")
            + " (" + query.sentences().size() + " sentences): " + relations.size() + " likely sources found."));
    if (relations.isEmpty()) {
      main.add(tag("p").cls("card").text("No stored article shares enough text with this one to be its source."));
    }
    for (int i = 0; i < relations.size(); i++) {
      main.add(source(i + 1, relations.get(i), query, byId));
    }
    return main.add(tag("h2").text("Trace another"), form());
  }

  private static Tag source(int rank, Relation r, Article query, Map<ArticleId, Article> byId) {
    Article source = r.source().equals(query.id()) ? query : byId.get(r.source());
    Article derived = r.derived().equals(query.id()) ? query : byId.get(r.derived());
    Tag card = tag("section").cls("card").cls("trace-source");
    if (source == null || derived == null) {
      return card.text(rank + ". " + r.source() + " → " + r.derived() + " (" + Formats.kind(r) + ")");
    }
    Article other = source == query ? derived : source;
    SideBySide layout = SideBySide.of(r, source, derived);
    card.add(tag("h2").add(Html.text(rank + ". "), ArticlePageView.link(other),
        Html.text(" (" + Formats.caption(other) + ")")));
    card.add(ComparePageView.verdict(r, layout), ComparePageView.flags(r.changes()), rows(layout));
    return card;
  }

  /** The aligned passages as a two-column table: source left, derived right. */
  static Tag rows(SideBySide layout) {
    Tag body = tag("tbody");
    for (SideBySide.Row row : layout.rows()) {
      body.add(tag("tr").add(cell(layout, row.source(), true), cell(layout, row.derived(), false)));
    }
    return tag("table").cls("sbs").add(tag("thead").add(tag("tr").add(
        tag("th").text("Source: " + ComparePageView.heading(layout.source())),
        tag("th").text("Derived: " + ComparePageView.heading(layout.derived())))), body);
  }

  private static Tag cell(SideBySide layout, SideBySide.@Nullable Segment segment, boolean sourceSide) {
    return segment == null ? tag("td").cls("empty")
        : tag("td").add(ComparePageView.segment(layout, segment, sourceSide));
  }
}
