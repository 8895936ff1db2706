package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.cluster.TreeNode;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.report.Relation;
import org.wiretrace.report.SiblingIndex;
import org.wiretrace.web.Html.Tag;

/** Renders the story list and the story page with its provenance graph. */
final class StoryPageView {

  private StoryPageView() {}

  static Tag list(List<StorySummary> stories, @Nullable String query, StoryQueries.Sort sort, boolean truncated) {
    Tag rows = tag("tbody");
    stories.forEach(s -> rows.add(listRow(s)));
    Tag main = tag("main").add(tag("h1").text("Stories"), listForm(query, sort),
        tag("p").cls("muted").text(stories.size() + " stories" + (query == null || query.isBlank() ? "" : " match")));
    if (truncated) {
      main.add(tag("p").cls("problem").text("The store holds more articles than one analysis reads; "
          + "stories cover the first articles in id order only."));
    }
    return main.add(tag("table").cls("list").add(tag("thead").add(tag("tr").add(tag("th").text("Lead article"),
        tag("th").cls("num").text("Articles"), tag("th").cls("num").text("Reuse links"), tag("th").text("Outlets"),
        tag("th").text("Published"))), rows));
  }

  private static Tag listForm(@Nullable String query, StoryQueries.Sort sort) {
    Tag select = tag("select").attr("name", "sort").attr("aria-label", "Sort").attr("data-autosubmit", "true");
    for (StoryQueries.Sort s : StoryQueries.Sort.values()) {
      Tag option = tag("option").attr("value", s.name().toLowerCase(Locale.ROOT))
          .text(s == StoryQueries.Sort.SIZE ? "Largest first" : "Newest first");
      select.add(s == sort ? option.attr("selected", "selected") : option);
    }
    return ArticleListView.searchForm("/", query, "Search stories by title, outlet or id").add(select);
  }

  private static Tag listRow(StorySummary s) {
    String time = s.first() == null ? "" : Formats.time(s.first())
        + (s.last() != null && !s.last().equals(s.first()) ? " – " + Formats.time(s.last()) : "");
    return tag("tr").add(
        tag("td").add(tag("a").attr("href", Formats.storyHref(s.story().id())).text(ArticlePageView.title(s.lead()))),
        tag("td").cls("num").text(s.size()), tag("td").cls("num").text(s.reuseCount()),
        tag("td").text(String.join(", ", s.outlets())), tag("td").text(time));
  }

  static Tag page(StorySummary s) {
    Map<ArticleId, Article> byId = StorySummary.index(s.articles());
    SiblingIndex siblings = new SiblingIndex(List.of(s.story()));
    List<Relation> own = s.relations().stream().filter(r -> siblings.via(r) == null).toList();
    return tag("main").add(
        tag("h1").text(s.story().title() != null ? s.story().title() : ArticlePageView.title(s.lead())),
        tag("p").cls("muted").text(s.size() + " articles from " + s.outlets().size() + " outlets; "
            + s.reuseCount() + " reuse links. Story " + s.story().id()),
        tag("h2").text("Provenance"),
        legend(),
        GraphSvg.render(graph(s), "Provenance graph of story " + s.story().id()),
        tag("h2").text("Provenance tree"), tree(s.story(), byId),
        tag("h2").text("Articles"), members(s),
        tag("h2").text("Relations"), relations(own, byId));
  }

  private static Tag legend() {
    return tag("p").cls("legend").add(
        tag("span").text("Boxes: articles (yellow: no known source in the story)."),
        tag("span").text("Arrows: source → derived, labelled with the kind of reuse and the share of the derived text it covers."),
        tag("span").text("Dashed: reuse whose direction could not be determined."));
  }

  static GraphLayout.Result graph(StorySummary s) {
    List<GraphLayout.Node> nodes = new ArrayList<>();
    for (Article a : s.articles().stream().sorted(StorySummary.BY_TIME).toList()) {
      nodes.add(new GraphLayout.Node(a.id().value(), ArticlePageView.title(a), Formats.caption(a), ArticlePageView.path(a)));
    }
    List<GraphLayout.Edge> edges = new ArrayList<>();
    SiblingIndex siblings = new SiblingIndex(List.of(s.story()));
    for (Relation r : s.relations()) {
      if (r.kind().isReuse() && siblings.via(r) == null) {
        edges.add(new GraphLayout.Edge(r.source().value(), r.derived().value(),
            Formats.kind(r) + " " + Formats.percent(r.derivedCoverage()),
            r.directionStatus() != DirectionStatus.UNDETERMINED, Formats.compareHref(r.source().value(), r.derived().value())));
      }
    }
    return GraphLayout.layout(nodes, edges);
  }

  /**
   * Renders the story's provenance tree: each article indented under its most likely direct source,
   * then the links between copies of one source, which run via it.
   */
  static Tag tree(StoryCluster story, Map<ArticleId, Article> byId) {
    Tag list = tag("ul").cls("tree");
    for (TreeNode n : story.tree()) {
      // indentation by class (depth-0 .. depth-6 in wiretrace.css): the CSP forbids inline styles
      Tag item = tag("li").cls("depth-" + Math.min(n.depth(), 6));
      if (n.source() != null) {
        item.add(tag("span").cls("pill").cls("kind-" + n.kind()).text(n.kind().toLowerCase(Locale.ROOT)
            + " from " + n.source().value()));
      }
      list.add(item.add(tag("span").text(" " + label(n.article(), byId))));
    }
    Tag out = tag("div").add(list);
    if (!story.siblings().isEmpty()) {
      Tag via = tag("ul");
      story.siblings().forEach(l -> via.add(tag("li").cls("muted").text(l.first().value() + " ~ " + l.second().value()
          + " via " + l.via().value())));
      out.add(tag("p").cls("muted").text("Copies that share text only through their common source (not copy to copy):"),
          via);
    }
    return out;
  }

  private static Tag members(StorySummary s) {
    Tag rows = tag("tbody");
    for (Article a : s.articles()) {
      rows.add(tag("tr").add(tag("td").add(ArticlePageView.link(a)),
          tag("td").text(a.outlet() == null ? "" : a.outlet().name()), tag("td").text(Formats.time(a.published())),
          tag("td").text(role(a.id(), s.relations()))));
    }
    return tag("table").cls("list").add(tag("thead").add(tag("tr").add(tag("th").text("Title"),
        tag("th").text("Outlet"), tag("th").text("Published"), tag("th").text("Role"))), rows);
  }

  static String role(ArticleId id, List<Relation> relations) {
    List<String> sources = new ArrayList<>();
    boolean copied = false;
    for (Relation r : relations) {
      if (r.kind().isReuse() && r.directionStatus() != DirectionStatus.UNDETERMINED) {
        if (r.derived().equals(id)) {
          sources.add(Formats.kind(r) + " from " + r.source().value());
        }
        copied |= r.source().equals(id);
      }
    }
    if (!sources.isEmpty()) {
      return String.join("; ", sources);
    }
    return copied ? "source" : "no known source in this story";
  }

  static Tag relations(List<Relation> relations, Map<ArticleId, Article> byId) {
    Tag rows = tag("tbody");
    for (Relation r : relations) {
      rows.add(tag("tr").add(tag("td").text(label(r.source(), byId)), tag("td").text(label(r.derived(), byId)),
          tag("td").add(tag("span").cls("pill").cls("kind-" + r.kind().name()).text(Formats.kind(r))),
          tag("td").text(r.directionStatus().name().toLowerCase(Locale.ROOT)),
          tag("td").cls("num").text(Formats.percent(r.derivedCoverage())),
          tag("td").cls("num").text(r.changes().size()),
          tag("td").add(tag("a").attr("href", Formats.compareHref(r.source().value(), r.derived().value())).text("compare"))));
    }
    return tag("table").cls("list").add(tag("thead").add(tag("tr").add(tag("th").text("Source"),
        tag("th").text("Derived"), tag("th").text("Kind"), tag("th").text("Direction"),
        tag("th").cls("num").text("Derived covered"), tag("th").cls("num").text("Changes"), tag("th").text(""))), rows);
  }

  private static String label(ArticleId id, Map<ArticleId, Article> byId) {
    Article a = byId.get(id);
    return a == null ? id.value() : ArticlePageView.title(a) + " (" + Formats.caption(a) + ")";
  }
}
