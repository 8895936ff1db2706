package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wiretrace.changes.Change;

/** Renders meaning changes for the terminal and as JSON-ready maps. */
final class ChangeView {

  private ChangeView() {}

  /**
   * Prints one line per change: kind, severity, the source and derived words, the explanation.
   *
   * @param out where to print
   * @param changes the changes, in derived order
   * @param indent spaces before each line
   */
  static void print(PrintWriter out, List<Change> changes, String indent) {
    if (changes.isEmpty()) {
      out.println(indent + "no meaning changes flagged");
      return;
    }
    for (Change c : changes) {
      out.printf("%s%-11s %-6s \"%s\" -> \"%s\"  (%s)%n", indent, c.kind(), c.severity(), flat(c.sourceText()),
          flat(c.derivedText()), c.explanation());
    }
  }

  /**
   * Returns the changes as JSON-ready maps.
   *
   * @param changes the changes
   * @return one ordered map per change
   */
  static List<Map<String, Object>> json(List<Change> changes) {
    return changes.stream().map(ChangeView::json).toList();
  }

  private static Map<String, Object> json(Change c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", c.kind().name());
    json.put("severity", c.severity().name());
    json.put("sourceStart", c.sourceSpan().start());
    json.put("sourceEnd", c.sourceSpan().end());
    json.put("derivedStart", c.derivedSpan().start());
    json.put("derivedEnd", c.derivedSpan().end());
    json.put("sourceText", c.sourceText());
    json.put("derivedText", c.derivedText());
    json.put("sourceValue", c.sourceValue());
    json.put("derivedValue", c.derivedValue());
    json.put("explanation", c.explanation());
    return json;
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
