package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.changes.Change;
import org.wiretrace.model.Article;
import org.wiretrace.model.Sentence;
import org.wiretrace.report.Relation;

/**
 * Prints a relation as two columns, source left and derived right, in derived order: each aligned
 * passage with its type and the words its changes touched, the derived's added sentences, and
 * finally the source sentences the derived dropped.
 */
final class SideBySideView {

  private final PrintWriter out;
  private final Ansi ansi;
  private final int column;

  /**
   * Creates the view.
   *
   * @param out where to print
   * @param ansi styling
   * @param width total line width
   */
  SideBySideView(PrintWriter out, Ansi ansi, int width) {
    this.out = out;
    this.ansi = ansi;
    this.column = Math.max(20, (width - 3) / 2);
  }

  /**
   * Prints the header and the two columns.
   *
   * @param r the relation
   * @param source the relation's source article
   * @param derived the relation's derived article
   */
  void print(Relation r, Article source, Article derived) {
    RelationHeader.print(out, r, ansi);
    out.println();
    row(List.of(ansi.bold("SOURCE " + source.id())), List.of(ansi.bold("DERIVED " + derived.id())));
    out.println("-".repeat(column) + "-+-" + "-".repeat(column));
    Set<Integer> alignedDerived = new TreeSet<>();
    r.alignments().forEach(p -> alignedDerived.addAll(p.derivedSentences()));
    Set<AlignedPair> printed = new HashSet<>();
    for (Sentence s : derived.bodySentences()) {
      if (!alignedDerived.contains(s.index())) {
        added(derived, s);
      }
      for (AlignedPair p : r.alignments()) {
        if (p.derivedSentences().contains(s.index()) && printed.add(p)) {
          pair(p, r.changes(), source, derived);
        }
      }
    }
    dropped(r, source);
    out.flush();
  }

  private void pair(AlignedPair p, List<Change> changes, Article source, Article derived) {
    List<Change> own = changes.stream().filter(c -> p.derivedSpan().overlaps(c.derivedSpan())
        || p.sourceSpan().overlaps(c.sourceSpan())).toList();
    out.println(ansi.dim(label(p)));
    row(PassageView.wrap(source.text(), p.sourceSpan(), PassageView.spans(own, true), column, ansi),
        PassageView.wrap(derived.text(), p.derivedSpan(), PassageView.spans(own, false), column, ansi));
    for (Change c : own) {
      out.println("  " + ansi.red("! " + c.severity() + " " + c.kind()) + ": " + c.explanation());
    }
  }

  private String label(AlignedPair p) {
    String type = switch (p.type()) {
      case VERBATIM -> ansi.green(p.type().name());
      case EDITED -> ansi.yellow(p.type().name());
      case PARAPHRASED -> ansi.cyan(p.type().name());
    };
    return "-- " + type + " " + ReportView.decimal(p.score()) + "  source " + p.sourceSentences() + " -> derived "
        + p.derivedSentences();
  }

  private void added(Article derived, Sentence s) {
    out.println(ansi.dim("-- ") + ansi.bold("ADDED") + ansi.dim(" in derived " + List.of(s.index())));
    row(List.of(), PassageView.wrap(derived.text(), s.span(), List.of(), column, ansi));
  }

  private void dropped(Relation r, Article source) {
    Set<Integer> aligned = new TreeSet<>();
    r.alignments().forEach(p -> aligned.addAll(p.sourceSentences()));
    List<Sentence> dropped = source.bodySentences().stream().filter(s -> !aligned.contains(s.index())).toList();
    if (dropped.isEmpty()) {
      return;
    }
    out.println();
    out.println(ansi.bold("Dropped") + ": " + dropped.size() + " source sentences have no counterpart in the derived");
    for (Sentence s : dropped) {
      row(PassageView.wrap(source.text(), s.span(), List.of(), column, ansi), List.of());
    }
  }

  private void row(List<String> left, List<String> right) {
    int lines = Math.max(left.size(), right.size());
    for (int i = 0; i < lines; i++) {
      String l = i < left.size() ? left.get(i) : " ".repeat(column);
      String rt = i < right.size() ? right.get(i) : "";
      out.println(pad(l) + " | " + rt.stripTrailing());
    }
  }

  private String pad(String cell) {
    int visible = cell.replaceAll("\u001b\\[[0-9;]*m", "").length();
    return visible >= column ? cell : cell + " ".repeat(column - visible);
  }
}
