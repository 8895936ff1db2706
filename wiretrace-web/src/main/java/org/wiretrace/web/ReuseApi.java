package org.wiretrace.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.JsonReportWriter;
import org.wiretrace.report.Relation;

/** The engine endpoints: compare, trace and stories. Relations use the report JSON contract. */
final class ReuseApi {

  private static final List<String> JSON = List.of("application/json");
  private static final JsonReportWriter RELATION_JSON = new JsonReportWriter();

  private final Services services;
  private final ReuseQueries queries;

  ReuseApi(Services services) {
    this.services = services;
    this.queries = new ReuseQueries(services);
  }

  List<Route> routes() {
    return List.of(
        Route.post("/api/compare", this::compare),
        Route.get("/api/articles/{id}/trace", this::traceStored),
        Route.post("/api/trace", this::tracePosted),
        Route.get("/api/stories", this::stories),
        Route.get("/api/stories/{id}", this::story));
  }

  /** POST /api/compare: {"a": id or article, "b": id or article}. */
  void compare(Context ctx) throws Exception {
    Bodies.requireMediaType(ctx, JSON);
    JsonNode body = parse(Bodies.read(ctx, services.config().maxBodyBytes()));
    Article a = side(body, "a");
    Article b = side(body, "b");
    Relation relation = queries.compare(a, b);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("relation", relationJson(relation));
    ctx.json(out);
  }

  /** GET /api/articles/{id}/trace: likely sources of a stored article. */
  void traceStored(Context ctx) throws Exception {
    Article article = services.article(ctx.pathParam("id"));
    sendTrace(ctx, article);
  }

  /** POST /api/trace: likely sources of an article given in the body (not stored). */
  void tracePosted(Context ctx) throws Exception {
    Bodies.requireMediaType(ctx, JSON);
    String lines = ArticleInputs.jsonToLines(Bodies.read(ctx, services.config().maxBodyBytes()), 1);
    sendTrace(ctx, ArticleInputs.read(lines, 1, services.articleFactory()).articles().getFirst());
  }

  private void sendTrace(Context ctx, Article article) throws Exception {
    int limit = ArticlesApi.intParam(ctx, "limit", 20, 1, 200);
    List<Object> sources = new ArrayList<>();
    for (Relation r : queries.trace(article, limit)) {
      sources.add(relationJson(r));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("article", article.id().value());
    out.put("sources", sources);
    ctx.json(out);
  }

  /** GET /api/stories: stories of the stored articles, searchable, by size or time. */
  void stories(Context ctx) throws IOException {
    List<StorySummary> found = StoryQueries.list(services, ctx.queryParam("q"), sort(ctx.queryParam("sort")));
    int limit = ArticlesApi.intParam(ctx, "limit", 100, 1, 1000);
    int offset = ArticlesApi.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stories", found.stream().skip(offset).limit(limit).map(ReuseApi::storyJson).toList());
    out.put("total", found.size());
    out.put("truncated", services.analysis().truncated());
    ctx.json(out);
  }

  /** GET /api/stories/{id}: one story with its articles and relations. */
  void story(Context ctx) throws IOException {
    StorySummary summary = StoryQueries.summary(services, queries.story(ctx.pathParam("id")));
    Map<String, Object> out = storyJson(summary);
    out.put("articles", summary.articles().stream().map(ArticleView::summary).toList());
    out.put("relations", summary.relations().stream().map(ReuseApi::relationJson).toList());
    ctx.json(out);
  }

  static StoryQueries.Sort sort(String value) {
    if (value == null || value.isBlank()) {
      return StoryQueries.Sort.SIZE;
    }
    try {
      return StoryQueries.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("sort '" + AccessLog.printable(value) + "' is unknown; use size or time");
    }
  }

  private Article side(JsonNode body, String name) throws IOException {
    JsonNode value = body.get(name);
    if (value != null && value.isTextual()) {
      return services.article(value.asText());
    }
    if (value != null && value.isObject()) {
      return ArticleInputs.read(value.toString(), 1, services.articleFactory()).articles().getFirst();
    }
    throw ApiException.badRequest("field \"" + name + "\" must be a stored article's id or an article object "
        + "{\"text\": ...}; got " + (value == null ? "nothing" : value.getNodeType().name().toLowerCase(Locale.ROOT)));
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      if (node == null || !node.isObject()) {
        throw ApiException.badRequest("request body must be a JSON object {\"a\": ..., \"b\": ...}");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  static JsonNode relationJson(Relation relation) {
    try {
      return Json.MAPPER.readTree(RELATION_JSON.write(relation));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report writer produced invalid JSON", e);
    }
  }

  static Map<String, Object> storyJson(StorySummary s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.story().id());
    out.put("size", s.size());
    out.put("lead", ArticleView.summary(s.lead()));
    out.put("articleIds", s.story().articles().stream().map(ArticleId::value).toList());
    out.put("outlets", List.copyOf(s.outlets()));
    out.put("firstPublished", s.first() == null ? null : s.first().iso());
    out.put("lastPublished", s.last() == null ? null : s.last().iso());
    out.put("reuseRelations", s.reuseCount());
    out.put("title", s.story().title());
    out.put("tree", s.story().tree().stream().map(ReuseApi::treeNodeJson).toList());
    out.put("siblings", s.story().siblings().stream().map(l -> Map.of("articles",
        List.of(l.first().value(), l.second().value()), "via", l.via().value())).toList());
    return out;
  }

  /** One provenance tree node, as in the report JSON's {@code stories[].tree[]}. */
  private static Map<String, Object> treeNodeJson(org.wiretrace.cluster.TreeNode n) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("article", n.article().value());
    out.put("source", n.source() == null ? null : n.source().value());
    out.put("kind", n.kind());
    out.put("depth", n.depth());
    return out;
  }
}
