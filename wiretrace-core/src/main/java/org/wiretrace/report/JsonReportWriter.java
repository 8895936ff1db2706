package org.wiretrace.report;

import java.util.Map;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.changes.Change;
import org.jspecify.annotations.Nullable;
import org.wiretrace.cluster.ReuseLink;
import org.wiretrace.cluster.SiblingLink;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.cluster.TreeNode;
import org.wiretrace.internal.JsonWriter;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.Span;

/**
 * Renders reports as JSON. This shape is a contract other modules, scripts and the web UI rely on;
 * change it only additively (docs/JSON.md describes it):
 *
 * <pre>{@code
 * {"articles": [{"id", "title", "outlet", "published", "sentences"}],
 *  "stories": [{"id", "articles": [ids], "links": [{"source", "derived", "kind", "directed"}],
 *               "title", "tree": [{"article", "source", "kind", "depth"}],
 *               "siblings": [{"articles": [id, id], "via"}]}],
 *  "relations": [{"source", "derived", "kind", "direction": "KNOWN|INFERRED|UNDETERMINED",
 *                 "directionReasons": [..], "commonSource", "via", "confidence",
 *                 "sourceCoverage", "derivedCoverage", "sourceCharCoverage", "derivedCharCoverage",
 *                 "verbatimShare", "editedShare", "level", "reusedPassages", "reusedWords", "copiedShare",
 *                 "alignments": [{"sourceSpan": [s, e], "derivedSpan": [s, e], "type", "score"}],
 *                 "changes": [{"kind", "severity", "sourceSpan", "derivedSpan", "sourceText",
 *                              "derivedText", "sourceValue", "derivedValue", "explanation"}]}],
 *  "settings": {name: value}}
 * }</pre>
 *
 * <p>{@code kind} is a {@link RelationKind} name; only relations above UNRELATED are listed. When the
 * direction is UNDETERMINED, source and derived are in id order. Spans are half-open character
 * offsets into the article's original text. Numbers are rounded to four decimals. Output is
 * deterministic. Thread-safe.
 */
public final class JsonReportWriter implements ReportWriter {

  @Override
  public String write(CorpusReport report) {
    JsonWriter json = new JsonWriter().beginObject();
    json.name("articles").beginArray();
    for (ArticleSummary a : report.articles()) {
      article(json, a);
    }
    json.endArray().name("stories").beginArray();
    for (StoryCluster s : report.stories()) {
      story(json, s);
    }
    json.endArray().name("relations").beginArray();
    SiblingIndex siblings = new SiblingIndex(report);
    for (Relation r : report.relations()) {
      relation(json, r, siblings.via(r));
    }
    json.endArray().name("settings").beginObject();
    for (Map.Entry<String, String> e : report.settings().entrySet()) {
      json.name(e.getKey()).value(e.getValue());
    }
    return json.endObject().endObject().toString();
  }

  @Override
  public String write(Relation relation) {
    JsonWriter json = new JsonWriter();
    relation(json, relation, null);
    return json.toString();
  }

  /**
   * Writes one relation as {@link #write(CorpusReport)} lists it: with its {@code via} when the
   * stories make it a sibling link through a common source.
   *
   * @param relation the relation
   * @param siblings the sibling links of the report's stories
   * @return the relation's JSON object
   */
  public String write(Relation relation, SiblingIndex siblings) {
    JsonWriter json = new JsonWriter();
    relation(json, relation, siblings.via(relation));
    return json.toString();
  }

  private static void article(JsonWriter json, ArticleSummary a) {
    json.beginObject().name("id").value(a.id().value()).name("title").value(a.title())
        .name("outlet").value(a.outlet()).name("published").value(a.published())
        .name("sentences").value(a.sentences()).endObject();
  }

  private static void story(JsonWriter json, StoryCluster s) {
    json.beginObject().name("id").value(s.id()).name("articles").beginArray();
    for (ArticleId id : s.articles()) {
      json.value(id.value());
    }
    json.endArray().name("links").beginArray();
    for (ReuseLink link : s.links()) {
      json.beginObject().name("source").value(link.source().value()).name("derived")
          .value(link.derived().value()).name("kind").value(link.kind()).name("directed")
          .value(link.directed()).endObject();
    }
    json.endArray().name("title").value(s.title()).name("tree").beginArray();
    for (TreeNode n : s.tree()) {
      json.beginObject().name("article").value(n.article().value())
          .name("source").value(n.source() == null ? null : n.source().value())
          .name("kind").value(n.kind()).name("depth").value(n.depth()).endObject();
    }
    json.endArray().name("siblings").beginArray();
    for (SiblingLink l : s.siblings()) {
      json.beginObject().name("articles").beginArray().value(l.first().value()).value(l.second().value())
          .endArray().name("via").value(l.via().value()).endObject();
    }
    json.endArray().endObject();
  }

  private static void relation(JsonWriter json, Relation r, @Nullable ArticleId via) {
    json.beginObject().name("source").value(r.source().value()).name("derived").value(r.derived().value())
        .name("kind").value(r.kind().name()).name("direction").value(r.directionStatus().name())
        .name("directionReasons").beginArray();
    for (String reason : r.direction().reasons()) {
      json.value(reason);
    }
    json.endArray().name("commonSource").value(r.direction().commonSource())
        .name("via").value(via == null ? null : via.value()).name("confidence").value(r.confidence())
        .name("sourceCoverage").value(r.sourceCoverage()).name("derivedCoverage").value(r.derivedCoverage())
        .name("sourceCharCoverage").value(r.sourceCharCoverage())
        .name("derivedCharCoverage").value(r.derivedCharCoverage())
        .name("verbatimShare").value(r.verbatimShare()).name("editedShare").value(r.editedShare())
        .name("level").value(r.level().name()).name("reusedPassages").value(r.reusedPassages())
        .name("reusedWords").value(r.reusedWords()).name("copiedShare").value(r.copiedShare()).name("alignments").beginArray();
    for (AlignedPair p : r.alignments()) {
      alignment(json, p);
    }
    json.endArray().name("changes").beginArray();
    for (Change c : r.changes()) {
      change(json, c);
    }
    json.endArray().endObject();
  }

  private static void alignment(JsonWriter json, AlignedPair p) {
    json.beginObject().name("sourceSpan");
    span(json, p.sourceSpan());
    json.name("derivedSpan");
    span(json, p.derivedSpan());
    json.name("type").value(p.type().name()).name("score").value(p.score()).endObject();
  }

  private static void change(JsonWriter json, Change c) {
    json.beginObject().name("kind").value(c.kind().name()).name("severity").value(c.severity().name())
        .name("sourceSpan");
    span(json, c.sourceSpan());
    json.name("derivedSpan");
    span(json, c.derivedSpan());
    json.name("sourceText").value(c.sourceText()).name("derivedText").value(c.derivedText())
        .name("sourceValue").value(c.sourceValue()).name("derivedValue").value(c.derivedValue())
        .name("explanation").value(c.explanation()).endObject();
  }

  private static void span(JsonWriter json, Span span) {
    json.beginArray().value(span.start()).value(span.end()).endArray();
  }
}
