package org.wiretrace.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.model.StrippedChrome;

/**
 * Serialises everything of an {@link Article} except its text and origin into compact JSON, and
 * back.
 *
 * <p>The text and the origin are stored in fields of their own; the origin is left out here so that
 * the JSON plus the text define the article's content, whose hash tells whether a re-ingested
 * article is unchanged (reading the same file from another directory changes only the origin). Spans are flat integer arrays; a sentence or chrome
 * text is written only when it differs from the characters its span covers (it never does for
 * articles made by {@code ArticleFactory}), so the record is small yet reads back {@code equals} to
 * what was written. The output is deterministic (extra fields are sorted), which lets its hash
 * decide whether a stored article is unchanged. Format changes bump {@link StoreSchema#VERSION}.
 */
final class ArticleCodec {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private ArticleCodec() {}

  /**
   * Returns the metadata JSON of an article: all fields but the text and the origin.
   *
   * @param article the article
   * @return UTF-8 JSON bytes
   */
  static byte[] encode(Article article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + article.sentences().size() * 16);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      writeHeader(json, article);
      writeParagraphs(json, article.paragraphs());
      writeSentences(json, article);
      writeStripped(json, article);
      writeExtra(json, article.extra());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode article " + article.id(), e);
    }
    return out.toByteArray();
  }

  private static void writeHeader(JsonGenerator json, Article article) throws IOException {
    json.writeStringField("id", article.id().value());
    writeNullable(json, "url", article.url());
    writeNullable(json, "title", article.title());
    writeNullable(json, "outlet", article.outlet() == null ? null : article.outlet().name());
    PublishedTime published = article.published();
    if (published != null) {
      json.writeObjectFieldStart("published");
      json.writeStringField("iso", published.iso());
      json.writeStringField("instant", published.instant().toString());
      json.writeBooleanField("dateOnly", published.dateOnly());
      json.writeStringField("foundIn", published.foundIn());
      json.writeEndObject();
    }
  }

  private static void writeNullable(JsonGenerator json, String field, @Nullable String value)
      throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }

  private static void writeParagraphs(JsonGenerator json, List<Span> paragraphs) throws IOException {
    json.writeArrayFieldStart("paragraphs");
    for (Span p : paragraphs) {
      json.writeNumber(p.start());
      json.writeNumber(p.end());
    }
    json.writeEndArray();
  }

  /** Five numbers per sentence: index, paragraph, start, end, heading (0/1). */
  private static void writeSentences(JsonGenerator json, Article article) throws IOException {
    json.writeArrayFieldStart("sentences");
    for (Sentence s : article.sentences()) {
      json.writeNumber(s.index());
      json.writeNumber(s.paragraph());
      json.writeNumber(s.span().start());
      json.writeNumber(s.span().end());
      json.writeNumber(s.heading() ? 1 : 0);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("sentenceTexts");
    for (int i = 0; i < article.sentences().size(); i++) {
      Sentence s = article.sentences().get(i);
      if (!s.text().equals(s.span().of(article.text()))) {
        json.writeStringField(Integer.toString(i), s.text());
      }
    }
    json.writeEndObject();
  }

  private static void writeStripped(JsonGenerator json, Article article) throws IOException {
    json.writeArrayFieldStart("stripped");
    for (StrippedChrome c : article.stripped()) {
      json.writeStartObject();
      json.writeStringField("kind", c.kind().name());
      json.writeNumberField("start", c.span().start());
      json.writeNumberField("end", c.span().end());
      json.writeStringField("reason", c.reason());
      if (!matchesText(c.span(), c.text(), article.text())) {
        json.writeStringField("text", c.text());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static boolean matchesText(Span span, String spanText, String text) {
    return span.end() <= text.length() && spanText.equals(span.of(text));
  }

  private static void writeExtra(JsonGenerator json, Map<String, String> extra) throws IOException {
    json.writeObjectFieldStart("extra");
    for (Map.Entry<String, String> e : new TreeMap<>(extra).entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }

  /**
   * Reads an article back from its text and metadata JSON.
   *
   * @param text the stored text
   * @param meta the JSON written by {@link #encode(Article)}
   * @param origin the stored origin, or null
   * @return the article
   * @throws IOException when the JSON is malformed
   */
  static Article decode(String text, byte[] meta, @Nullable String origin) throws IOException {
    JsonNode json = MAPPER.readTree(meta);
    return new Article(
        ArticleId.of(json.get("id").asText()),
        nullable(json, "url"),
        nullable(json, "title"),
        json.has("outlet") ? new Outlet(json.get("outlet").asText()) : null,
        published(json.get("published")),
        text,
        paragraphs(json.get("paragraphs")),
        sentences(json, text),
        stripped(json.get("stripped"), text),
        extra(json.get("extra")),
        origin);
  }

  private static @Nullable String nullable(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static @Nullable PublishedTime published(@Nullable JsonNode p) {
    if (p == null) {
      return null;
    }
    return new PublishedTime(p.get("iso").asText(), Instant.parse(p.get("instant").asText()),
        p.get("dateOnly").asBoolean(), p.get("foundIn").asText());
  }

  private static List<Span> paragraphs(JsonNode array) {
    List<Span> spans = new ArrayList<>(array.size() / 2);
    for (int i = 0; i + 1 < array.size(); i += 2) {
      spans.add(new Span(array.get(i).asInt(), array.get(i + 1).asInt()));
    }
    return spans;
  }

  private static List<Sentence> sentences(JsonNode json, String text) {
    JsonNode array = json.get("sentences");
    JsonNode texts = json.get("sentenceTexts");
    List<Sentence> sentences = new ArrayList<>(array.size() / 5);
    for (int i = 0; i + 4 < array.size(); i += 5) {
      Span span = new Span(array.get(i + 2).asInt(), array.get(i + 3).asInt());
      JsonNode own = texts.get(Integer.toString(i / 5));
      String sentenceText = own != null ? own.asText() : span.of(text);
      sentences.add(new Sentence(array.get(i).asInt(), array.get(i + 1).asInt(), span, sentenceText,
          array.get(i + 4).asInt() == 1));
    }
    return sentences;
  }

  private static List<StrippedChrome> stripped(JsonNode array, String text) {
    List<StrippedChrome> chrome = new ArrayList<>(array.size());
    for (JsonNode c : array) {
      Span span = new Span(c.get("start").asInt(), c.get("end").asInt());
      String chromeText = c.has("text") ? c.get("text").asText() : span.of(text);
      chrome.add(new StrippedChrome(ChromeKind.valueOf(c.get("kind").asText()), span, chromeText,
          c.get("reason").asText()));
    }
    return chrome;
  }

  private static Map<String, String> extra(JsonNode object) {
    Map<String, String> extra = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      extra.put(e.getKey(), e.getValue().asText());
    }
    return extra;
  }
}
