package org.wiretrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wiretrace.ingest.IngestProblem;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.store.ArticleStore.PutResult;

/**
 * What {@code wiretrace ingest} tells the user: the reader's summary and problems, and what the
 * store did with the articles.
 *
 * @param summary the ingest run's summary
 * @param writes what the store did with the articles
 * @param store the store directory
 */
record IngestReport(IngestSummary summary, StoreWrites writes, Path store) {

  /**
   * Returns whether any input was not stored: skipped by a reader, or kept out because the id
   * was stored with other content and {@code --update} was not given.
   *
   * @return true when the exit code should be {@link ExitCodes#BAD_INPUT}
   */
  boolean anythingSkipped() {
    return summary.skipped() > 0 || !writes.total().conflicting().isEmpty();
  }

  /**
   * Prints every kept problem, one per line, and how many more were counted.
   *
   * @param err standard error
   */
  void printProblems(PrintWriter err) {
    for (IngestProblem problem : summary.problems()) {
      err.println("  " + problem.message());
    }
    long hidden = summary.problemsTotal() - summary.problems().size();
    if (hidden > 0) {
      err.println("  ... and " + hidden + " more problems (counted in the summary)");
    }
    List<String> conflicting = writes.total().conflicting();
    if (!conflicting.isEmpty()) {
      err.println("  kept the stored version of " + conflicting.size() + " article(s) whose content differs: "
          + String.join(", ", conflicting.subList(0, Math.min(10, conflicting.size())))
          + (conflicting.size() > 10 ? ", ..." : "") + "; use --update to replace them");
    }
    err.flush();
  }

  /**
   * Prints the one-line summary and the store's counts.
   *
   * @param out standard output
   */
  void printSummary(PrintWriter out) {
    PutResult total = writes.total();
    out.println(summary.describe());
    out.println("store " + store + ": " + total.added() + " added, " + total.replaced() + " replaced, "
        + total.unchanged() + " unchanged, " + total.conflicting().size() + " kept (content differs)");
    out.flush();
  }

  /**
   * Returns the summary as ordered maps, for {@code --json}.
   *
   * @return the JSON-ready summary
   */
  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ingested", summary.ingested());
    json.put("skipped", summary.skipped());
    json.put("ignoredRecords", summary.ignoredRecords());
    json.put("files", summary.files());
    json.put("bytes", summary.bytes());
    json.put("problemsByReason", summary.problemsByReason());
    json.put("problemsTotal", summary.problemsTotal());
    json.put("problems", summary.problems().stream().map(IngestReport::problem).toList());
    json.put("store", storeJson(writes.total()));
    return json;
  }

  private Map<String, Object> storeJson(PutResult total) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("path", store.toString());
    json.put("added", total.added());
    json.put("replaced", total.replaced());
    json.put("unchanged", total.unchanged());
    json.put("conflicting", total.conflicting());
    return json;
  }

  private static Map<String, Object> problem(IngestProblem p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("position", p.position());
    json.put("reason", p.reason().name());
    json.put("skipped", p.reason().skips());
    json.put("detail", p.detail());
    json.put("fix", p.fix());
    return json;
  }
}
