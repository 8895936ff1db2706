package org.wiretrace.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;

/**
 * Maps a JSON object to an {@link ArticleDraft}. Fields: {@code id}, {@code url}, {@code title},
 * {@code outlet}, {@code published}, {@code text}; a few common aliases from crawlers are accepted
 * (e.g. news-please's {@code maintext}, {@code date_publish}, {@code source_domain}). Every other field
 * is kept in {@code extra}, as text.
 */
final class JsonArticleFields {

  static final List<String> ID = List.of("id", "_id", "uuid");
  static final List<String> URL = List.of("url", "link", "canonical_url");
  static final List<String> TITLE = List.of("title", "headline");
  static final List<String> OUTLET = List.of("outlet", "site_name", "source_domain", "domain");
  static final List<String> PUBLISHED = List.of("published", "published_at", "date_publish", "datePublished",
      "publish_date", "date");
  static final List<String> TEXT = List.of("text", "body", "maintext", "content", "article");

  private JsonArticleFields() {}

  /**
   * Builds a draft from an object, recording problems in the context.
   *
   * @param node a JSON object
   * @param origin where it was read, e.g. {@code feed.jsonl:12}
   * @param context for problems
   * @param line the line number for problems
   * @return the draft, or empty when the object has no usable text
   */
  static Optional<ArticleDraft> draft(JsonNode node, String origin, ReadContext context, long line) {
    Set<String> used = new TreeSet<>();
    String text = field(node, TEXT, used);
    if (text == null || text.isBlank()) {
      missingText(node, context, line, text == null);
      return Optional.empty();
    }
    String id = field(node, ID, used);
    String url = field(node, URL, used);
    String title = field(node, TITLE, used);
    Outlet outlet = outlet(field(node, OUTLET, used));
    PublishedTime published = published(field(node, PUBLISHED, used), context, line);
    return Optional.of(new ArticleDraft(id, url, title, outlet, published, text, extra(node, used), origin));
  }

  private static void missingText(JsonNode node, ReadContext context, long line, boolean absent) {
    String present = TEXT.stream().filter(name -> node.hasNonNull(name)).findFirst().orElse(null);
    String detail;
    if (present != null && !node.get(present).isValueNode()) {
      detail = "field \"" + present + "\" is a JSON " + node.get(present).getNodeType().toString()
          .toLowerCase(java.util.Locale.ROOT) + ", not a string";
    } else if (absent) {
      detail = "object has no text field (looked for " + String.join(", ", TEXT) + "; found " + fieldNames(node) + ")";
    } else {
      detail = "text field is empty";
    }
    context.lineProblem(line, ProblemReason.MISSING_TEXT, detail, "put the article body in a \"text\" string field");
  }

  private static @Nullable String field(JsonNode node, List<String> names, Set<String> used) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && !value.isNull()) {
        used.add(name);
        return value.isValueNode() ? value.asText() : null;
      }
    }
    return null;
  }

  private static @Nullable Outlet outlet(@Nullable String name) {
    try {
      return name == null || name.isBlank() ? null : new Outlet(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable PublishedTime published(@Nullable String value, ReadContext context, long line) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<PublishedTime> time = PublishedTimeParser.parse(value, "metadata");
    if (time.isEmpty()) {
      context.lineProblem(line, ProblemReason.INVALID_FIELD,
          "published time '" + JsonlArticleReader.shorten(value) + "' is not a date; the field was ignored",
          "use ISO-8601, e.g. 2023-03-21T10:03:00Z");
    }
    return time.orElse(null);
  }

  private static Map<String, String> extra(JsonNode node, Set<String> used) {
    Map<String, String> extra = new LinkedHashMap<>();
    node.properties().forEach(e -> {
      if (!used.contains(e.getKey()) && !e.getValue().isNull()) {
        extra.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
      }
    });
    return extra;
  }

  private static String fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names.isEmpty() ? "no fields" : String.join(", ", names);
  }
}
