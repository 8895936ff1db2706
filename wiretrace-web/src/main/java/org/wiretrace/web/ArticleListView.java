package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.web.Html.Tag;

/** Renders the searchable article list. */
final class ArticleListView {

  private ArticleListView() {}

  static Tag render(List<Article> articles, @Nullable String query, int total) {
    Tag table = tag("table").cls("list").add(tag("thead").add(tag("tr").add(
        tag("th").text("Title"), tag("th").text("Outlet"), tag("th").text("Published"),
        tag("th").cls("num").text("Sentences"))));
    Tag rows = tag("tbody");
    articles.forEach(a -> rows.add(row(a)));
    return tag("main").add(
        tag("h1").text("Articles"),
        searchForm("/articles", query, "Search titles, outlets and text"),
        tag("p").cls("muted").text(articles.size() + " shown of " + total + " stored"),
        table.add(rows));
  }

  static Tag searchForm(String action, @Nullable String query, String placeholder) {
    return tag("form").cls("search").attr("method", "get").attr("action", action).add(
        tag("input").attr("type", "search").attr("name", "q").attr("value", query)
            .attr("placeholder", placeholder).attr("aria-label", placeholder),
        tag("button").attr("type", "submit").text("Search"));
  }

  private static Tag row(Article a) {
    return tag("tr").add(
        tag("td").add(ArticlePageView.link(a)),
        tag("td").text(a.outlet() == null ? "" : a.outlet().name()),
        tag("td").text(a.published() == null ? "" : a.published().iso()),
        tag("td").cls("num").text(a.sentences().size()));
  }
}
