package org.wiretrace.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;

/**
 * Reads article objects from an ingest request: one JSON object, a JSON array of them, or JSON
 * lines. Fields follow the JSONL format {@code {id,url,title,outlet,published,text}}; other scalar
 * fields are kept as extra metadata. Any invalid article fails the whole request with a 400 naming
 * it, so a batch is stored all or nothing.
 */
final class ArticleInputs {

  private static final Set<String> KNOWN = Set.of("id", "url", "title", "outlet", "published", "text");

  private ArticleInputs() {}

  /**
   * Parses a JSON object or array body.
   *
   * @param body the request body
   * @param maxArticles the most articles allowed
   * @param origin where the articles came from, for their {@code origin}
   * @return the drafts, in input order
   */
  static List<ArticleDraft> fromJson(String body, int maxArticles, String origin) {
    JsonNode root = parse(body, "request body");
    if (root.isObject()) {
      return List.of(draft(root, 0, origin));
    }
    if (!root.isArray()) {
      throw ApiException.badRequest("request body must be an article object or an array of them, not "
          + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    checkCount(root.size(), maxArticles);
    List<ArticleDraft> drafts = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      drafts.add(draft(root.get(i), i, origin));
    }
    return drafts;
  }

  /**
   * Parses a JSON-lines body, one article object per non-blank line.
   *
   * @param body the request body
   * @param maxArticles the most articles allowed
   * @param origin where the articles came from
   * @return the drafts, in input order
   */
  static List<ArticleDraft> fromJsonLines(String body, int maxArticles, String origin) {
    List<ArticleDraft> drafts = new ArrayList<>();
    String[] lines = body.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        checkCount(drafts.size() + 1, maxArticles);
        drafts.add(draft(parse(lines[i], "line " + (i + 1)), drafts.size(), origin + ":" + (i + 1)));
      }
    }
    if (drafts.isEmpty()) {
      throw ApiException.badRequest("request body holds no article; send one JSON object per line");
    }
    return drafts;
  }

  private static JsonNode parse(String text, String where) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(where + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static void checkCount(int count, int maxArticles) {
    if (count > maxArticles) {
      throw ApiException.tooLarge("request holds more than " + maxArticles
          + " articles, the server's limit per request; split it into smaller batches");
    }
  }

  private static ArticleDraft draft(JsonNode node, int index, String origin) {
    String where = "article " + index;
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest(where + " is not a JSON object");
    }
    String text = string(node, "text", where);
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest(where + " has no \"text\"; give the article body as a string");
    }
    return new ArticleDraft(string(node, "id", where), string(node, "url", where), string(node, "title", where),
        outlet(string(node, "outlet", where), where), published(string(node, "published", where), where),
        text, extra(node), origin);
  }

  private static @Nullable String string(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isNumber() && !field.equals("text")) {
      return value.asText();
    }
    throw ApiException.badRequest(where + " field \"" + field + "\" must be a string, not "
        + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static @Nullable Outlet outlet(@Nullable String name, String where) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return new Outlet(name);
  }

  private static @Nullable PublishedTime published(@Nullable String value, String where) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return PublishedTime.parse(value, "metadata").orElseThrow(() -> ApiException.badRequest(
        where + " field \"published\" is '" + AccessLog.printable(value)
            + "', not an ISO-8601 date or date-time; use e.g. 2024-05-01 or 2024-05-01T09:30:00Z"));
  }

  private static Map<String, String> extra(JsonNode node) {
    Map<String, String> extra = new TreeMap<>();
    node.properties().forEach(field -> {
      if (!KNOWN.contains(field.getKey()) && !field.getValue().isNull()) {
        JsonNode value = field.getValue();
        extra.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
      }
    });
    return extra;
  }
}
