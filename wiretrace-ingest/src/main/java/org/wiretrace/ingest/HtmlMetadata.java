package org.wiretrace.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.PublishedTime;

/**
 * Reads an HTML page's metadata: title, canonical URL, site name and publication time, from Open
 * Graph and article meta tags, JSON-LD ({@code NewsArticle}), {@code <link rel=canonical>} and
 * {@code <time datetime>}.
 *
 * @param title headline, when found
 * @param url canonical URL, when found
 * @param siteName the outlet's name, when found
 * @param published publication time, when found
 */
record HtmlMetadata(@Nullable String title, @Nullable String url, @Nullable String siteName,
    @Nullable PublishedTime published) {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_JSON_LD_CHARS = 1 << 20;
  private static final int MAX_JSON_LD_NODES = 10_000;

  private static final List<String> TITLE_META = List.of(
      "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]");
  private static final List<String> URL_META = List.of("link[rel=canonical]", "meta[property=og:url]");
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=parsely-pub-date]", "meta[name=pubdate]",
      "meta[name=publishdate]", "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=DC.date]",
      "meta[name=sailthru.date]", "meta[property=og:published_time]");

  /**
   * Reads the metadata of a parsed page.
   *
   * @param doc the page
   * @param body the main-content container, searched first for {@code <time>}
   * @return the metadata found
   */
  static HtmlMetadata of(Document doc, @Nullable Element body) {
    JsonNode jsonLd = jsonLdArticle(doc);
    return new HtmlMetadata(title(doc, jsonLd), url(doc, jsonLd), first(doc, List.of("meta[property=og:site_name]",
        "meta[name=application-name]")), published(doc, jsonLd, body));
  }

  private static @Nullable String title(Document doc, @Nullable JsonNode jsonLd) {
    String meta = first(doc, TITLE_META);
    if (meta != null) {
      return meta;
    }
    String headline = jsonLd == null ? null : text(jsonLd.get("headline"));
    if (headline != null) {
      return headline;
    }
    Element h1 = doc.selectFirst("h1");
    return h1 != null && !h1.text().isBlank() ? h1.text() : blankToNull(doc.title());
  }

  private static @Nullable String url(Document doc, @Nullable JsonNode jsonLd) {
    String meta = first(doc, URL_META);
    return meta != null ? meta : jsonLd == null ? null : text(jsonLd.get("url"));
  }

  private static @Nullable PublishedTime published(Document doc, @Nullable JsonNode jsonLd,
      @Nullable Element body) {
    Optional<PublishedTime> time = Optional.empty();
    for (String selector : DATE_META) {
      time = time.or(() -> parse(attr(doc.selectFirst(selector))));
    }
    if (jsonLd != null) {
      time = time.or(() -> parse(text(jsonLd.get("datePublished"))));
    }
    time = time.or(() -> parse(attr(doc.selectFirst("time[itemprop=datePublished], time[pubdate]"))));
    if (body != null) {
      time = time.or(() -> parse(attr(body.selectFirst("time[datetime]"))));
    }
    return time.or(() -> parse(attr(doc.selectFirst("time[datetime]")))).orElse(null);
  }

  private static Optional<PublishedTime> parse(@Nullable String value) {
    return value == null ? Optional.empty() : PublishedTimeParser.parse(value, "metadata");
  }

  /** The value of a meta tag, link, or time element. */
  private static @Nullable String attr(@Nullable Element e) {
    if (e == null) {
      return null;
    }
    for (String name : List.of("content", "href", "datetime")) {
      if (e.hasAttr(name) && !e.attr(name).isBlank()) {
        return e.attr(name).strip();
      }
    }
    return null;
  }

  private static @Nullable String first(Document doc, List<String> selectors) {
    for (String selector : selectors) {
      String value = attr(doc.selectFirst(selector));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The first JSON-LD object whose type ends in "Article" (NewsArticle, ReportageNewsArticle ...). */
  private static @Nullable JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (json.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      try {
        JsonNode found = findArticle(MAPPER.readTree(json));
        if (found != null) {
          return found;
        }
      } catch (com.fasterxml.jackson.core.JacksonException e) {
        // broken JSON-LD is common on real pages; the other metadata sources still apply
      }
    }
    return null;
  }

  /** Breadth-first search (no recursion: hostile pages nest deeply) for an Article object. */
  private static @Nullable JsonNode findArticle(@Nullable JsonNode root) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    if (root != null) {
      queue.add(root);
    }
    for (int seen = 0; !queue.isEmpty() && seen < MAX_JSON_LD_NODES; seen++) {
      JsonNode node = queue.poll();
      if (node.isObject() && isArticleType(node.get("@type"))) {
        return node;
      }
      node.forEach(queue::add);
    }
    return null;
  }

  private static boolean isArticleType(@Nullable JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.asText().endsWith("Article")) {
          return true;
        }
      }
      return false;
    }
    return type.asText().endsWith("Article");
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || !node.isValueNode() ? null : blankToNull(node.asText());
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
