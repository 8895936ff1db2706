package org.wiretrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.model.Article;
import org.wiretrace.report.JsonReportWriter;
import org.wiretrace.report.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace trace ID|FILE}: the likely sources of one article among the stored ones. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Trace one article back to its sources in the store.",
    description = {
      "Looks the article (a stored id, or a file that is read but not stored) up in the store's "
          + "candidate index, compares it with every candidate and ranks the reuse relations: those "
          + "where it is the derived side first, then by how much of it they cover. The best ones are "
          + "shown side by side with their change flags.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace trace urn:uuid:b7da088e-d4c6-5352-afef-f36c7539ca8b",
      "  wiretrace trace suspicious-page.html --top 1",
      "  wiretrace trace northern-ledger-dam --format json"
    })
final class TraceCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;
  @Mixin private DetectorOptions detection;

  @Parameters(index = "0", paramLabel = "ID|FILE", description = "A stored article id or a file.")
  private String query;

  @Option(names = "--top", paramLabel = "N", description = "Relations shown side by side (default: ${DEFAULT-VALUE}).")
  private int top = 3;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  private OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--width", paramLabel = "N", description = "Line width of the side-by-side view (default: ${DEFAULT-VALUE}).")
  private int width = 140;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    Article article = new ArticleArguments(context, store.directory(context)).article(query);
    Map<String, Article> candidates = new LinkedHashMap<>();
    List<Relation> relations;
    try (Detection loaded = Detection.open(detection.embedder());
        WiretraceStore opened = Stores.openReadOnly(store.directory(context))) {
      Stores.requireSameStamp(opened, loaded);
      ReuseDetector detector = loaded.detector(opened.embeddings(), opened.judgements());
      List<Article> found = detector.traceCandidates(article, opened.candidates(), opened.articles());
      found.forEach(c -> candidates.put(c.id().value(), c));
      relations = detector.trace(article, found);
    }
    candidates.put(article.id().value(), article);
    print(spec.commandLine().getOut(), article, relations, candidates, new Ansi(context.colour()));
    return ExitCodes.OK;
  }

  private void print(PrintWriter out, Article article, List<Relation> relations, Map<String, Article> byId, Ansi ansi)
      throws Exception {
    if (format == OutputFormat.JSON) {
      JsonOutput.print(out, json(article, relations, byId.size() - 1));
      return;
    }
    out.println("Sources of " + ansi.bold(article.id().value()) + (article.title() == null ? "" : " \"" + article.title() + "\"")
        + ": " + relations.size() + " reuse relations among " + (byId.size() - 1) + " candidates");
    ranking(article, relations).print(out, "  ");
    for (Relation r : relations.subList(0, Math.min(top, relations.size()))) {
      out.println();
      new SideBySideView(out, ansi, width).print(r, byId.get(r.source().value()), byId.get(r.derived().value()));
    }
    out.flush();
  }

  private static TextTable ranking(Article article, List<Relation> relations) {
    TextTable table = new TextTable(48, "#", "OTHER ARTICLE", "ROLE", "KIND", "DIRECTION", "COVERS", "CHANGES");
    int rank = 1;
    for (Relation r : relations) {
      boolean derived = r.derived().equals(article.id());
      table.row(rank++, derived ? r.source() : r.derived(), derived ? "its source" : "copies it", r.kind(),
          r.directionStatus(), ReportView.percent(derived ? r.derivedCoverage() : r.sourceCoverage()), r.changes().size());
    }
    return table;
  }

  private static Map<String, Object> json(Article article, List<Relation> relations, int candidates) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<Object> rendered = new ArrayList<>();
    for (Relation r : relations) {
      rendered.add(mapper.readTree(new JsonReportWriter().write(r)));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("query", article.id().value());
    json.put("candidates", candidates);
    json.put("relations", rendered);
    return json;
  }
}
