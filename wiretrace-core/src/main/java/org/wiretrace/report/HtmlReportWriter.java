package org.wiretrace.report;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.wiretrace.changes.Change;
import org.wiretrace.cluster.SiblingLink;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.cluster.TreeNode;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.provenance.DirectionStatus;

/**
 * Renders a {@link CorpusReport} as one self-contained HTML page: the stories, a table of all
 * relations, and for each reuse relation the two texts side by side, aligned passages on one row,
 * coloured verbatim / edited / paraphrased / added / dropped, with the changed words marked and each
 * change flag explained. Styles are inline in one {@code <style>} element; there is no script and no
 * external resource, so the file opens anywhere, offline. Every title, URL and text is escaped.
 *
 * <p>Side-by-side texts need the articles themselves (a report holds only their summaries); pass
 * them to the constructor. A relation whose articles are missing is listed without its texts.
 * Deterministic. Thread-safe.
 */
public final class HtmlReportWriter implements ReportWriter {

  /** Default cap on relations shown with their texts, so huge corpora still give a readable file. */
  public static final int DEFAULT_MAX_DETAILED = 500;

  private static final String STYLE = String.join("\n",
      "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;background:#f7f8fa;margin:0}",
      "main{max-width:1280px;margin:0 auto;padding:16px 24px 48px}",
      "h1{font-size:26px;margin:8px 0}h2{font-size:20px;margin:28px 0 8px;border-bottom:1px solid #d8dde3}",
      "h3{font-size:16px;margin:18px 0 6px}a{color:#0b5cad}.muted{color:#5b6570}",
      "table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d8dde3}",
      "th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #e3e7ec}",
      "th{background:#eef1f5}td.num{text-align:right;font-variant-numeric:tabular-nums}",
      ".story,.relation{background:#fff;border:1px solid #d8dde3;border-radius:4px;padding:10px 16px;margin:12px 0}",
      ".sbs td{width:50%}.sbs td.empty{background:#fafbfc}",
      ".verbatim{background:#cfe8d5}.edited{background:#fdf0c2}.paraphrased{background:#dcd6f7}",
      ".added{background:#d4ecf7}.dropped{background:#f7d4d4}",
      "mark{background:#ffd2cc;border-bottom:2px solid #b3261e;padding:0 1px}",
      ".flag{margin:4px 0;padding:4px 10px;border-left:4px solid #b3261e;background:#fdecea}",
      ".flag.sev-MEDIUM{border-color:#e8a33d;background:#fdf3e3}.flag.sev-LOW{border-color:#8a94a0;background:#f1f3f5}",
      "sup.ref{color:#b3261e;font-weight:700;margin-left:2px}",
      ".legend span{display:inline-block;padding:0 8px;margin-right:6px;border-radius:3px}",
      ".pill{display:inline-block;padding:0 8px;border-radius:10px;background:#e3e7ec;font-size:12px}",
      "code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.9em}",
      // tree indentation by class: the page's CSP allows no inline style attributes
      ".depth-1{margin-left:2em}.depth-2{margin-left:4em}.depth-3{margin-left:6em}.depth-4{margin-left:8em}",
      ".depth-5{margin-left:10em}.depth-6{margin-left:12em}");

  /** Deeper provenance-tree levels are drawn at this depth's indentation. */
  private static final int MAX_TREE_DEPTH = 6;

  private final Map<ArticleId, Article> articles = new TreeMap<>();
  private final int maxDetailed;

  /**
   * Creates a writer that shows up to {@value #DEFAULT_MAX_DETAILED} relations with their texts.
   *
   * @param articles the articles the reports are about (for their texts and URLs)
   */
  public HtmlReportWriter(Collection<Article> articles) {
    this(articles, DEFAULT_MAX_DETAILED);
  }

  /**
   * Creates a writer.
   *
   * @param articles the articles the reports are about
   * @param maxDetailed most relations shown with their texts side by side
   * @throws IllegalArgumentException when maxDetailed is negative
   */
  public HtmlReportWriter(Collection<Article> articles, int maxDetailed) {
    if (maxDetailed < 0) {
      throw new IllegalArgumentException("maxDetailed " + maxDetailed + " is negative; use 0 to list relations only");
    }
    articles.forEach(a -> this.articles.put(a.id(), a));
    this.maxDetailed = maxDetailed;
  }

  /**
   * Returns the style sheet placed in every page's {@code <style>} element (for a CSP hash).
   *
   * @return the CSS text
   */
  public static String styleSheet() {
    return STYLE;
  }

  @Override
  public String write(CorpusReport report) {
    StringBuilder out = new StringBuilder(64 * 1024);
    head(out, "Wiretrace report");
    out.append("<h1>Wiretrace report</h1>\n<p class=\"muted\">").append(report.articles().size())
        .append(" articles, ").append(report.stories().size()).append(" stories, ")
        .append(report.relations().size()).append(" relations (")
        .append(report.relations().stream().filter(r -> r.kind().isReuse()).count())
        .append(" with reused text)</p>\n");
    legend(out);
    stories(out, report);
    SiblingIndex siblings = new SiblingIndex(report);
    List<Relation> own = report.relations().stream().filter(r -> siblings.via(r) == null).toList();
    relationTable(out, own);
    details(out, own);
    settings(out, report.settings());
    return out.append("</main></body></html>\n").toString();
  }

  @Override
  public String write(Relation relation) {
    StringBuilder out = new StringBuilder(16 * 1024);
    head(out, "Wiretrace: " + relation.derived() + " from " + relation.source());
    legend(out);
    relation(out, relation, 0);
    return out.append("</main></body></html>\n").toString();
  }

  private static void head(StringBuilder out, String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body><main>\n");
  }

  private static void legend(StringBuilder out) {
    out.append("<p class=\"legend\"><span class=\"verbatim\">verbatim</span><span class=\"edited\">edited</span>")
        .append("<span class=\"paraphrased\">paraphrased</span><span class=\"added\">added in the copy</span>")
        .append("<span class=\"dropped\">dropped from the source</span><mark>changed words</mark></p>\n");
  }

  private void stories(StringBuilder out, CorpusReport report) {
    out.append("<h2 id=\"stories\">Stories</h2>\n");
    if (report.stories().isEmpty()) {
      out.append("<p class=\"muted\">No story links two or more articles.</p>\n");
    }
    for (StoryCluster story : report.stories()) {
      out.append("<div class=\"story\" id=\"").append(escape(anchor(story.id()))).append("\"><h3>")
          .append(escape(story.title() == null ? story.id() : story.title())).append(" <span class=\"muted\">(")
          .append(escape(story.id())).append(", ").append(story.articles().size()).append(" articles)</span></h3><ul>\n");
      if (story.tree().isEmpty()) {
        for (ArticleId id : story.articles()) {
          out.append("<li>").append(articleLabel(id, report)).append(role(id, report.relations())).append("</li>\n");
        }
      }
      for (TreeNode n : story.tree()) {
        out.append("<li class=\"depth-").append(Math.min(n.depth(), MAX_TREE_DEPTH)).append("\">")
            .append(n.source() == null ? "" : "&larr; " + escape(n.kind()) + " ").append(articleLabel(n.article(), report))
            .append("</li>\n");
      }
      out.append("</ul>\n");
      via(out, story);
      out.append("</div>\n");
    }
  }

  /** Lists the links between copies of one source, which the tree shows under that source. */
  private static void via(StringBuilder out, StoryCluster story) {
    if (story.siblings().isEmpty()) {
      return;
    }
    out.append("<p class=\"muted\">Copies that share text only through their common source (not copy to copy):</p><ul>\n");
    for (SiblingLink l : story.siblings()) {
      out.append("<li class=\"muted\"><code>").append(escape(l.first().value())).append("</code> ~ <code>")
          .append(escape(l.second().value())).append("</code> via <code>").append(escape(l.via().value()))
          .append("</code></li>\n");
    }
    out.append("</ul>\n");
  }

  private String articleLabel(ArticleId id, CorpusReport report) {
    ArticleSummary summary = report.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    StringBuilder out = new StringBuilder("<code>").append(escape(id.value())).append("</code>");
    if (summary != null && summary.title() != null) {
      out.append(" ").append(escape(summary.title()));
    }
    if (summary != null && (summary.outlet() != null || summary.published() != null)) {
      out.append(" <span class=\"muted\">(").append(escape(join(summary.outlet(), summary.published()))).append(")</span>");
    }
    return out.toString();
  }

  private static String role(ArticleId id, List<Relation> relations) {
    List<String> sources = relations.stream()
        .filter(r -> r.kind().isReuse() && r.derived().equals(id) && r.directionStatus() != DirectionStatus.UNDETERMINED)
        .map(r -> r.source().value() + " (" + kind(r) + ")").toList();
    return sources.isEmpty() ? "" : " <span class=\"muted\">— from " + escape(String.join(", ", sources)) + "</span>";
  }

  private void relationTable(StringBuilder out, List<Relation> relations) {
    out.append("<h2 id=\"relations\">Relations</h2>\n<table><thead><tr><th>Source</th><th>Derived</th><th>Kind</th>")
        .append("<th>Direction</th><th class=\"num\">Confidence</th><th class=\"num\">Source covered</th>")
        .append("<th class=\"num\">Derived covered</th><th class=\"num\">Verbatim</th><th class=\"num\">Changes</th>")
        .append("</tr></thead><tbody>\n");
    for (int i = 0; i < relations.size(); i++) {
      Relation r = relations.get(i);
      String link = detailed(r, i) ? "<a href=\"#rel-" + i + "\">" : "";
      out.append("<tr><td>").append(link).append(escape(r.source().value())).append(link.isEmpty() ? "" : "</a>")
          .append("</td><td>").append(escape(r.derived().value())).append("</td><td>").append(kind(r))
          .append("</td><td>").append(r.directionStatus()).append(r.direction().commonSource() ? " (common source)" : "")
          .append("</td>").append(num(r.confidence())).append(pct(r.sourceCoverage())).append(pct(r.derivedCoverage()))
          .append(pct(r.verbatimShare())).append("<td class=\"num\">").append(r.changes().size()).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  private boolean detailed(Relation r, int index) {
    return index < maxDetailed && !r.alignments().isEmpty();
  }

  private void details(StringBuilder out, List<Relation> relations) {
    out.append("<h2 id=\"details\">Side by side</h2>\n");
    long hidden = 0;
    for (int i = 0; i < relations.size(); i++) {
      if (detailed(relations.get(i), i)) {
        relation(out, relations.get(i), i);
      } else if (!relations.get(i).alignments().isEmpty()) {
        hidden++;
      }
    }
    if (hidden > 0) {
      out.append("<p class=\"muted\">").append(hidden).append(" more relations are listed above without their texts (limit ")
          .append(maxDetailed).append(").</p>\n");
    }
  }

  private void relation(StringBuilder out, Relation r, int index) {
    out.append("<div class=\"relation\" id=\"rel-").append(index).append("\"><h3>").append(escape(r.derived().value()))
        .append(" ← ").append(escape(r.source().value())).append(": ").append(kind(r)).append("</h3>\n");
    direction(out, r);
    flags(out, r.changes());
    Article source = articles.get(r.source());
    Article derived = articles.get(r.derived());
    if (source == null || derived == null) {
      out.append("<p class=\"muted\">The texts are not available to this report.</p></div>\n");
      return;
    }
    table(out, SideBySide.of(r, source, derived));
    out.append("</div>\n");
  }

  private static void direction(StringBuilder out, Relation r) {
    out.append("<p>Direction <b>").append(r.directionStatus()).append("</b>").append(String.format(Locale.ROOT,
        "; source %.0f%% covered, derived %.0f%% covered, %.0f%% verbatim.", 100 * r.sourceCoverage(),
        100 * r.derivedCoverage(), 100 * r.verbatimShare())).append("</p>");
    if (!r.direction().reasons().isEmpty()) {
      out.append("<ul>");
      r.direction().reasons().forEach(reason -> out.append("<li>").append(escape(reason)).append("</li>"));
      out.append("</ul>\n");
    }
  }

  private static void flags(StringBuilder out, List<Change> changes) {
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      out.append("<div class=\"flag sev-").append(c.severity()).append("\"><b>").append(i + 1).append(". ")
          .append(c.kind()).append(" · ").append(c.severity()).append("</b> ").append(escape(c.explanation()))
          .append(" <span class=\"muted\">“").append(escape(c.sourceText())).append("” → “")
          .append(escape(c.derivedText())).append("”</span></div>\n");
    }
  }

  private static void table(StringBuilder out, SideBySide layout) {
    out.append("<table class=\"sbs\"><thead><tr><th>Source: ").append(escape(title(layout.source())))
        .append("</th><th>Derived: ").append(escape(title(layout.derived()))).append("</th></tr></thead><tbody>\n");
    List<Change> numbering = layout.relation().changes();
    for (SideBySide.Row row : layout.rows()) {
      out.append("<tr>");
      cell(out, layout, row.source(), true, numbering);
      cell(out, layout, row.derived(), false, numbering);
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  private static void cell(StringBuilder out, SideBySide layout, SideBySide.@Nullable Segment segment,
      boolean sourceSide, List<Change> numbering) {
    if (segment == null) {
      out.append("<td class=\"empty\"></td>");
      return;
    }
    String text = (sourceSide ? layout.source() : layout.derived()).text();
    out.append("<td class=\"").append(segment.kind().cssClass()).append("\">");
    for (SideBySide.Piece piece : layout.pieces(segment, sourceSide)) {
      String words = escape(piece.span().of(text));
      out.append(piece.change() == null ? words : "<mark title=\"" + escape(piece.change().explanation()) + "\">"
          + words + "</mark><sup class=\"ref\">" + (numbering.indexOf(piece.change()) + 1) + "</sup>");
    }
    out.append("</td>");
  }

  private static void settings(StringBuilder out, Map<String, String> settings) {
    out.append("<h2 id=\"settings\">Settings</h2>\n<table><tbody>\n");
    settings.forEach((k, v) -> out.append("<tr><th>").append(escape(k)).append("</th><td><code>")
        .append(escape(v)).append("</code></td></tr>\n"));
    out.append("</tbody></table>\n");
  }

  private static String kind(Relation r) {
    return r.kind().name();
  }

  private static String title(Article a) {
    return a.title() != null ? a.title() + " (" + a.id() + ")" : a.id().value();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "<td class=\"num\">%.2f</td>", v);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "<td class=\"num\">%.0f%%</td>", 100 * v);
  }

  private static String join(@Nullable String a, @Nullable String b) {
    return a == null ? String.valueOf(b) : b == null ? a : a + ", " + b;
  }

  private static String anchor(String id) {
    return "story-" + Integer.toHexString(id.hashCode());
  }

  /**
   * Escapes text for HTML content and double-quoted attribute values.
   *
   * @param value untrusted text
   * @return the escaped text
   */
  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
