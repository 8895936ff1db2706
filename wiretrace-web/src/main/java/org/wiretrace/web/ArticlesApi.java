package org.wiretrace.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.wiretrace.model.Article;
import org.wiretrace.store.ArticleStore;
import org.wiretrace.store.ArticleStore.OnExisting;
import org.wiretrace.store.ArticleStore.PutResult;

/** The articles endpoints: ingest, list and fetch. */
final class ArticlesApi {

  private static final List<String> INGEST_TYPES =
      List.of("application/json", "application/x-ndjson", "application/jsonl");
  private static final int MAX_PAGE = 1000;

  private final Services services;

  ArticlesApi(Services services) {
    this.services = services;
  }

  List<Route> routes() {
    return List.of(
        Route.write("/api/articles", this::ingest),
        Route.get("/api/articles", this::list),
        Route.get("/api/articles/{id}", this::get));
  }

  /** POST /api/articles: stores one or many articles atomically. */
  void ingest(Context ctx) throws IOException {
    String type = Bodies.requireMediaType(ctx, INGEST_TYPES);
    OnExisting onExisting = onExisting(ctx.queryParam("onExisting"));
    String body = Bodies.read(ctx, services.config().maxBodyBytes());
    int max = services.config().maxArticlesPerRequest();
    String lines = type.equals("application/json") ? ArticleInputs.jsonToLines(body, max) : body;
    ArticleInputs.Parsed parsed = ArticleInputs.read(lines, max, services.articleFactory());
    PutResult result = services.store().put(parsed.articles(), onExisting);
    services.indexCandidates(parsed.articles(), result.conflicting());
    services.articlesChanged();
    ctx.status(result.added() + result.replaced() > 0 ? 201 : 200).json(ingestResult(parsed, result));
  }

  /** GET /api/articles: lists articles in id order, optionally filtered by a search term. */
  void list(Context ctx) throws IOException {
    int limit = intParam(ctx, "limit", 100, 1, MAX_PAGE);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    String query = ctx.queryParam("q");
    ArticleStore store = services.store();
    try (Stream<Article> all = store.all()) {
      List<ArticleView.Summary> page = all.filter(a -> ArticleSearch.matches(a, query))
          .skip(offset).limit(limit).map(ArticleView::summary).toList();
      ctx.json(Map.of("articles", page, "offset", offset, "limit", limit, "total", store.count()));
    }
  }

  /** GET /api/articles/{id}: one article in full. */
  void get(Context ctx) throws IOException {
    ctx.json(ArticleView.full(services.article(ctx.pathParam("id"))));
  }

  private static Map<String, Object> ingestResult(ArticleInputs.Parsed parsed, PutResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ids", parsed.articles().stream().map(a -> a.id().value()).toList());
    out.put("added", result.added());
    out.put("replaced", result.replaced());
    out.put("unchanged", result.unchanged());
    out.put("conflicting", result.conflicting());
    out.put("notes", parsed.notes());
    return out;
  }

  private static OnExisting onExisting(String value) {
    if (value == null || value.isBlank()) {
      return OnExisting.KEEP;
    }
    try {
      return OnExisting.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("onExisting '" + AccessLog.printable(value) + "' is unknown; use keep or replace");
    }
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted range
    }
    throw ApiException.badRequest(
        name + " '" + AccessLog.printable(value) + "' is not a whole number from " + min + " to " + max);
  }
}
