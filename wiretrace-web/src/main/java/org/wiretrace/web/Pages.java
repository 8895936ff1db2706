package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.wiretrace.model.Article;
import org.wiretrace.web.Html.Tag;

/** The server-rendered pages. Each handler parses, calls the store or engine, and renders. */
final class Pages {

  private final Services services;

  Pages(Services services) {
    this.services = services;
  }

  List<Route> routes() {
    return List.of(
        Route.get("/", this::articles),
        Route.get("/articles", this::articles),
        Route.get("/articles/{id}", this::article));
  }

  /** GET /articles: searchable list of stored articles. */
  void articles(Context ctx) throws IOException {
    String query = ctx.queryParam("q");
    int limit = ArticlesApi.intParam(ctx, "limit", 200, 1, 1000);
    List<Article> found;
    try (Stream<Article> all = services.store().all()) {
      found = all.filter(a -> ArticleSearch.matches(a, query)).limit(limit).toList();
    }
    ctx.html(Layout.page("Articles", ArticleListView.render(found, query, services.store().count())));
  }

  /** GET /articles/{id}: one article with its metadata and sentences. */
  void article(Context ctx) throws IOException {
    Article article = services.article(ctx.pathParam("id"));
    ctx.html(Layout.page(ArticlePageView.title(article), ArticlePageView.render(article)));
  }

  /**
   * Renders an error page.
   *
   * @param problem the problem
   * @return the HTML document
   */
  static String problem(Problem problem) {
    Tag main = tag("main").add(
        tag("h1").text(problem.status() + " " + problem.title()),
        tag("p").cls("problem").text(problem.detail()),
        tag("p").add(tag("a").attr("href", "/").text("Back to the stories")));
    return Layout.page(problem.title(), main);
  }
}
