package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.ArticleSummary;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.Relation;

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
      out.println("  " + story.id() + " (" + story.articles().size() + " articles)");
      TextTable table = new TextTable(60, "ID", "OUTLET", "PUBLISHED", "TITLE");
      for (ArticleId id : story.articles()) {
        ArticleSummary a = articles.get(id);
        table.row(id, a == null ? null : a.outlet(), a == null ? null : a.published(), a == null ? null : a.title());
      }
      table.print(out, "    ");
    }
    if (!alone.isEmpty()) {
      out.println("  on their own: " + String.join(", ", alone.stream().map(ArticleId::value).toList()));
    }
  }

  private static void printRelations(PrintWriter out, CorpusReport report) {
    List<Relation> reuse = report.relations().stream().filter(r -> r.kind().isReuse()).toList();
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
    for (Relation r : report.relations()) {
      if (r.changes().isEmpty()) {
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
