package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.cluster.TreeNode;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.ArticleSummary;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.Relation;
import org.wiretrace.report.SiblingIndex;

/**
 * Renders a {@link CorpusReport} for the terminal: stories, the reuse relations as a table, the
 * same-event pairs, then the meaning changes of each copy.
 */
final class ReportView {

  private ReportView() {}

  /**
   * Prints the report.
   *
   * @param out where to print
   * @param report the report
   * @param colour whether ANSI colours may be used
   */
  static void print(PrintWriter out, CorpusReport report, boolean colour) {
    Map<ArticleId, ArticleSummary> articles = new TreeMap<>();
    report.articles().forEach(a -> articles.put(a.id(), a));
    out.printf("%d articles, %d stories, %d relations%n", report.articles().size(), report.stories().size(),
        report.relations().size());
    printStories(out, report, articles);
    printRelations(out, report);
    printChanges(out, report, new Ansi(colour));
    out.flush();
  }

  private static void printStories(PrintWriter out, CorpusReport report, Map<ArticleId, ArticleSummary> articles) {
    out.println();
    out.println("Stories");
    List<ArticleId> alone = new ArrayList<>();
    for (StoryCluster story : report.stories()) {
      if (story.articles().size() == 1) {
        alone.add(story.articles().get(0));
        continue;
      }
      out.println("  " + story.id() + (story.title() == null ? "" : " \"" + story.title() + "\"") + " ("
          + story.articles().size() + " articles)");
      TextTable table = new TextTable(60, "ID (copies under their source)", "OUTLET", "PUBLISHED", "TITLE");
      for (TreeNode n : treeOrder(story)) {
        ArticleSummary a = articles.get(n.article());
        String label = "  ".repeat(n.depth()) + (n.source() == null ? "" : "<- " + n.kind() + " ") + n.article();
        table.row(label, a == null ? null : a.outlet(), a == null ? null : a.published(), a == null ? null : a.title());
      }
      table.print(out, "    ");
      printVia(out, story);
    }
    if (!alone.isEmpty()) {
      out.println("  on their own: " + String.join(", ", alone.stream().map(ArticleId::value).toList()));
    }
  }

  /** The story's tree, or its members as roots when no tree was built. */
  private static List<TreeNode> treeOrder(StoryCluster story) {
    return story.tree().isEmpty()
        ? story.articles().stream().map(id -> new TreeNode(id, null, null, 0)).toList() : story.tree();
  }

  /** One line per common source: how many links between its copies it explains. */
  private static void printVia(PrintWriter out, StoryCluster story) {
    Map<ArticleId, Integer> perSource = new TreeMap<>();
    story.siblings().forEach(l -> perSource.merge(l.via(), 1, Integer::sum));
    perSource.forEach((via, n) -> out.println("    " + n + (n == 1 ? " link" : " links")
        + " between copies of " + via + " run via it (not copy to copy)"));
  }

  private static void printRelations(PrintWriter out, CorpusReport report) {
    SiblingIndex siblings = new SiblingIndex(report);
    List<Relation> reuse = report.relations().stream()
        .filter(r -> r.kind().isReuse() && siblings.via(r) == null).toList();
    List<Relation> same = report.relations().stream().filter(r -> !r.kind().isReuse()).toList();
    out.println();
    out.println("Reuse (source -> derived; coverage = share of each side's sentences in aligned passages)");
    if (reuse.isEmpty()) {
      out.println("  none");
    } else {
      relationTable(reuse).print(out, "  ");
    }
    if (reuse.stream().anyMatch(r -> r.direction().commonSource())) {
      out.println("  * both likely copy a common source that is not in the corpus");
    }
    if (!same.isEmpty()) {
      out.println();
      out.println("Same event, no text reuse");
      for (Relation r : same) {
        out.println("  " + r.source() + " ~ " + r.derived() + "  (confidence " + decimal(r.confidence()) + ")");
      }
    }
  }

  private static TextTable relationTable(List<Relation> relations) {
    TextTable table = new TextTable(48, "SOURCE", "DERIVED", "KIND", "DIRECTION", "CONF", "SRC COV", "DER COV",
        "VERBATIM", "CHANGES");
    for (Relation r : relations) {
      table.row(r.source(), r.derived(), r.kind(), r.directionStatus() + (r.direction().commonSource() ? "*" : ""),
          decimal(r.confidence()), percent(r.sourceCoverage()), percent(r.derivedCoverage()),
          percent(r.verbatimShare()), r.changes().size());
    }
    return table;
  }

  private static void printChanges(PrintWriter out, CorpusReport report, Ansi ansi) {
    boolean any = false;
    SiblingIndex siblings = new SiblingIndex(report);
    for (Relation r : report.relations()) {
      if (r.changes().isEmpty() || siblings.via(r) != null) {
        continue;
      }
      if (!any) {
        out.println();
        out.println("What the copies changed");
        any = true;
      }
      out.println("  " + ansi.bold(r.source() + " -> " + r.derived()) + " (" + r.kind() + ")");
      ChangeView.print(out, r.changes(), "    ");
    }
  }

  /** Formats a share in [0, 1] as a whole percentage. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  /** Formats a value with two decimals. */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
