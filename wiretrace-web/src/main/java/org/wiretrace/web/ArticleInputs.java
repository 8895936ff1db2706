package org.wiretrace.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wiretrace.ingest.IngestProblem;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.ingest.Ingestor;
import org.wiretrace.ingest.InputFormat;
import org.wiretrace.model.Article;
import org.wiretrace.text.ArticleFactory;

/**
 * Reads the articles of an ingest request through the same JSONL reader as {@code wiretrace ingest},
 * so both accept the same fields ({@code id, url, title, outlet, published, text} and the usual
 * crawler aliases). The body is one JSON object, a JSON array of them, or JSON lines. A record the
 * reader would skip fails the whole request with a 400 that names it, so a batch is stored all or
 * nothing; problems the reader only notes (an unreadable date) are returned as notes.
 */
final class ArticleInputs {

  private static final int PROBLEMS_SHOWN = 5;

  private ArticleInputs() {}

  /**
   * The articles read and the reader's notes on them.
   *
   * @param articles the articles, in input order
   * @param notes problems that did not skip an article, as messages
   */
  record Parsed(List<Article> articles, List<String> notes) {}

  /**
   * Turns a JSON object or array body into JSON lines, checking its shape and article count.
   *
   * @param body the request body
   * @param maxArticles the most articles allowed
   * @return one JSON object per line
   */
  static String jsonToLines(String body, int maxArticles) {
    JsonNode root = parse(body);
    if (root.isObject()) {
      return root.toString();
    }
    if (!root.isArray()) {
      throw ApiException.badRequest("request body must be an article object or an array of them, not "
          + root.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    checkCount(root.size(), maxArticles);
    List<String> lines = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      if (!root.get(i).isObject()) {
        throw ApiException.badRequest("article " + (i + 1) + " of the array is not a JSON object");
      }
      lines.add(root.get(i).toString());
    }
    return String.join("\n", lines);
  }

  /**
   * Reads JSON lines into articles with the ingest reader.
   *
   * @param lines one article object per line
   * @param maxArticles the most articles allowed
   * @param factory the text pipeline
   * @return the articles and notes
   * @throws IOException never for in-memory input; declared by the reader
   */
  static Parsed read(String lines, int maxArticles, ArticleFactory factory) throws IOException {
    checkCount(lines.lines().filter(l -> !l.isBlank()).count(), maxArticles);
    List<Article> articles = new ArrayList<>();
    Ingestor ingestor = Ingestor.builder().format(InputFormat.JSONL).articleFactory(factory).build();
    byte[] bytes = lines.getBytes(StandardCharsets.UTF_8);
    IngestSummary summary = ingestor.ingest("request", new ByteArrayInputStream(bytes),
        (batch, progress) -> articles.addAll(batch));
    if (summary.skipped() > 0) {
      throw ApiException.badRequest(summary.skipped() + " article(s) could not be read, so none was stored: "
          + describe(summary.problems().stream().filter(p -> p.reason().skips()).toList()));
    }
    if (articles.isEmpty()) {
      throw ApiException.badRequest("request body holds no article; send an article object with a \"text\" field");
    }
    return new Parsed(articles, summary.problems().stream().map(IngestProblem::message).toList());
  }

  private static String describe(List<IngestProblem> problems) {
    String shown = problems.stream().limit(PROBLEMS_SHOWN)
        .map(p -> "line " + p.line() + ": " + p.detail() + " (fix: " + p.fix() + ")")
        .collect(Collectors.joining("; "));
    return problems.size() > PROBLEMS_SHOWN ? shown + "; and " + (problems.size() - PROBLEMS_SHOWN) + " more" : shown;
  }

  private static JsonNode parse(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static void checkCount(long count, int maxArticles) {
    if (count > maxArticles) {
      throw ApiException.tooLarge("request holds " + count + " articles, more than the server's limit of "
          + maxArticles + " per request; split it into smaller batches");
    }
  }
}
