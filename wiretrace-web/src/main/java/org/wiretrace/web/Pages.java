package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.Relation;
import org.wiretrace.report.SideBySide;
import org.wiretrace.web.Html.Tag;

/** The server-rendered pages. Each handler parses, asks the store or the engine, and renders. */
final class Pages {

  /** How long the article page waits for the story analysis before showing the text alone. */
  private static final Duration ARTICLE_PAGE_WAIT = Duration.ofSeconds(3);

  private final Services services;
  private final ReuseQueries queries;

  Pages(Services services) {
    this.services = services;
    this.queries = new ReuseQueries(services);
  }

  List<Route> routes() {
    return List.of(
        Route.get("/", this::stories),
        Route.get("/stories/{id}", this::story),
        Route.get("/stories/{id}/report.html", this::storyReport),
        Route.get("/articles", this::articles),
        Route.get("/articles/{id}", this::article),
        Route.get("/compare", this::compare),
        Route.get("/trace", ctx -> ctx.html(Layout.page("Trace this", TracePageView.page()))),
        Route.post("/trace", this::trace));
  }

  /** GET /: the stories, searchable, largest or newest first. */
  void stories(Context ctx) throws IOException {
    StoryQueries.Sort sort = ReuseApi.sort(ctx.queryParam("sort"));
    String query = ctx.queryParam("q");
    List<StorySummary> found = StoryQueries.list(services, query, sort);
    int limit = ArticlesApi.intParam(ctx, "limit", 200, 1, 2000);
    List<StorySummary> shown = found.size() > limit ? found.subList(0, limit) : found;
    ctx.html(Layout.page("Stories", StoryPageView.list(shown, query, sort, services.analysis().truncated())));
  }

  /** GET /stories/{id}: the provenance graph and relations of one story. */
  void story(Context ctx) throws IOException {
    StorySummary summary = StoryQueries.summary(services, queries.story(ctx.pathParam("id")));
    Tag main = StoryPageView.page(summary).add(tag("p").add(tag("a")
        .attr("href", Formats.storyHref(summary.story().id()) + "/report.html").text("Self-contained HTML report of this story")));
    ctx.html(Layout.page(ArticlePageView.title(summary.lead()), main));
  }

  /** GET /stories/{id}/report.html: the story as the CLI's self-contained HTML report. */
  void storyReport(Context ctx) throws IOException {
    StorySummary summary = StoryQueries.summary(services, queries.story(ctx.pathParam("id")));
    ctx.header("Content-Security-Policy", Security.reportPolicy());
    ctx.html(StoryReport.html(summary, services.analysis().report().settings()));
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

  /** GET /articles/{id}: one article, its sources and copies, and its text. */
  void article(Context ctx) throws IOException {
    Article article = services.article(ctx.pathParam("id"));
    ctx.html(Layout.page(ArticlePageView.title(article), ArticlePageView.render(article, provenance(article))));
  }

  private Tag provenance(Article article) throws IOException {
    try {
      StoryCache.Analysis analysis = services.stories().get(ARTICLE_PAGE_WAIT);
      List<Relation> relations = ReuseQueries.relationsOf(analysis.report(), article.id());
      return ArticleRelationsView.render(article, relations, StorySummary.index(analysis.articles()));
    } catch (ApiException e) {
      return tag("p").cls("problem").text("Sources and copies are still being computed; reload in a few seconds.");
    }
  }

  /** GET /compare?a=&b=: the side-by-side comparison of two stored articles. */
  void compare(Context ctx) throws Exception {
    String a = ctx.queryParam("a");
    String b = ctx.queryParam("b");
    if (blank(a) || blank(b)) {
      ctx.html(Layout.page("Compare", tag("main").add(tag("h1").text("Compare two articles"),
          ComparePageView.form(a, b), tag("p").cls("muted").text("Give two stored article ids."))));
      return;
    }
    Article first = services.article(a);
    Article second = services.article(b);
    Relation relation = queries.compare(first, second);
    boolean firstIsSource = relation.source().equals(first.id());
    SideBySide layout = SideBySide.of(relation, firstIsSource ? first : second, firstIsSource ? second : first);
    ctx.html(Layout.page("Compare", ComparePageView.page(layout, a, b)));
  }

  /** POST /trace: the likely sources of a pasted or uploaded article. */
  void trace(Context ctx) throws Exception {
    Article query = TraceInput.fromForm(ctx, services);
    List<Relation> relations = queries.trace(query, 10);
    Map<ArticleId, Article> byId = new HashMap<>();
    for (Relation r : relations) {
      services.store().get(r.source()).ifPresent(x -> byId.put(x.id(), x));
      services.store().get(r.derived()).ifPresent(x -> byId.put(x.id(), x));
    }
    ctx.html(Layout.page("Likely sources", TracePageView.results(query, relations, byId)));
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
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
