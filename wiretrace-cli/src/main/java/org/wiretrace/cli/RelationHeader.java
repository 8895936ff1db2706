package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.wiretrace.changes.Change;
import org.wiretrace.report.Relation;

/** Prints the summary lines of one relation: kind, direction with its reasons, coverage, changes. */
final class RelationHeader {

  private RelationHeader() {}

  /**
   * Prints the header.
   *
   * @param out where to print
   * @param r the relation
   * @param ansi styling
   */
  static void print(PrintWriter out, Relation r, Ansi ansi) {
    out.println(ansi.bold(r.source() + " -> " + r.derived()) + "  " + ansi.bold(r.kind().name())
        + "  confidence " + ReportView.decimal(r.confidence()));
    out.println("direction " + r.directionStatus() + (r.direction().commonSource() ? " (likely a common source)" : ""));
    for (String reason : r.direction().reasons()) {
      out.println("  - " + reason);
    }
    out.println("coverage: source " + ReportView.percent(r.sourceCoverage()) + " of sentences, derived "
        + ReportView.percent(r.derivedCoverage()) + "; verbatim " + ReportView.percent(r.verbatimShare()) + "; "
        + r.alignments().size() + " aligned passages");
    out.println("level " + r.level() + "; rests on " + r.reusedPassages() + " passages, " + r.reusedWords()
        + " shared words; edited " + ReportView.percent(r.editedShare()));
    out.println("changes: " + r.changes().size() + severities(r));
  }

  private static String severities(Relation r) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Change c : r.changes()) {
      counts.merge(c.severity().name(), 1, Integer::sum);
    }
    return counts.isEmpty() ? "" : " " + counts;
  }
}
