package org.wiretrace.report;

import java.util.Locale;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.changes.Change;
import org.wiretrace.cluster.SiblingLink;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.cluster.TreeNode;

/**
 * Renders reports as plain text for terminals: stories, then one block per relation with its
 * direction reasons, coverage and changes. Deterministic. Thread-safe.
 */
public final class TextReportWriter implements ReportWriter {

  @Override
  public String write(CorpusReport report) {
    StringBuilder out = new StringBuilder();
    out.append(report.articles().size()).append(" articles, ").append(report.stories().size())
        .append(" stories, ").append(report.relations().size()).append(" relations\n");
    SiblingIndex siblings = new SiblingIndex(report);
    for (StoryCluster s : report.stories()) {
      out.append("\n").append(s.id()).append(s.title() == null ? "" : " \"" + s.title() + "\"").append(": ")
          .append(s.articles()).append('\n');
      out.append(tree(s));
    }
    for (Relation r : report.relations()) {
      if (siblings.via(r) == null) {
        out.append('\n').append(write(r));
      }
    }
    return out.toString();
  }

  /**
   * Renders a story's provenance tree, one article a line, each copy indented under its direct source,
   * then the links between copies of one source ({@code via}).
   *
   * @param s the story
   * @return the lines, each ending in a newline; empty when the story has no tree
   */
  public static String tree(StoryCluster s) {
    StringBuilder out = new StringBuilder();
    for (TreeNode n : s.tree()) {
      out.append("  ").append("    ".repeat(n.depth()));
      out.append(n.source() == null ? "" : "<- " + n.kind() + " ").append(n.article()).append('\n');
    }
    for (SiblingLink l : s.siblings()) {
      out.append("  ").append(l.first()).append(" ~ ").append(l.second()).append(" via ").append(l.via()).append('\n');
    }
    return out.toString();
  }

  @Override
  public String write(Relation r) {
    StringBuilder out = new StringBuilder();
    out.append(r.derived()).append(" <- ").append(r.source()).append("  ").append(r.kind())
        .append(String.format(Locale.ROOT, "  confidence %.2f", r.confidence())).append('\n');
    out.append("  direction ").append(r.directionStatus()).append('\n');
    for (String reason : r.direction().reasons()) {
      out.append("    - ").append(reason).append('\n');
    }
    out.append(String.format(Locale.ROOT,
        "  coverage: source %.0f%% of sentences (%.0f%% of characters), derived %.0f%% (%.0f%%); verbatim %.0f%%%n",
        100 * r.sourceCoverage(), 100 * r.sourceCharCoverage(), 100 * r.derivedCoverage(),
        100 * r.derivedCharCoverage(), 100 * r.verbatimShare()));
    out.append(String.format(Locale.ROOT, "  level %s; rests on %d passages, %d shared words (edited %.0f%%)%n",
        r.level(), r.reusedPassages(), r.reusedWords(), 100 * r.editedShare()));
    out.append("  ").append(r.alignments().size()).append(" aligned passages: ").append(typeCounts(r)).append('\n');
    for (Change c : r.changes()) {
      out.append("  ! ").append(c.severity()).append(' ').append(c.kind()).append(": ")
          .append(c.explanation()).append('\n');
    }
    return out.toString();
  }

  private static String typeCounts(Relation r) {
    int[] counts = new int[org.wiretrace.align.AlignmentType.values().length];
    for (AlignedPair p : r.alignments()) {
      counts[p.type().ordinal()]++;
    }
    StringBuilder out = new StringBuilder();
    for (org.wiretrace.align.AlignmentType t : org.wiretrace.align.AlignmentType.values()) {
      out.append(out.isEmpty() ? "" : ", ").append(counts[t.ordinal()]).append(' ').append(t);
    }
    return out.toString();
  }
}
