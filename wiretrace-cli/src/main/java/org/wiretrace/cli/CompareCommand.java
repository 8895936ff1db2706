package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
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

/** {@code wiretrace compare A B}: how two articles are related, aligned side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Compare two articles: relation, direction and a side-by-side alignment.",
    description = {
      "A and B are files (.txt, .jsonl with one record, .html, .warc with one page) or ids of stored "
          + "articles. Prints the relation kind, which one is the source and why, coverage, then the "
          + "source (left) and derived (right) passage by passage in derived order, with the words each "
          + "change touched marked (red on a terminal, [brackets] otherwise), added and dropped sentences.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace compare examples/corpus/wire-dam-failure.txt northern-ledger-dam",
      "  wiretrace compare a.txt b.html --width 200",
      "  wiretrace compare a.txt b.txt --format json"
    })
final class CompareCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;
  @Mixin private DetectorOptions detection;

  @Parameters(index = "0", paramLabel = "A", description = "A file or a stored article id.")
  private String first;

  @Parameters(index = "1", paramLabel = "B", description = "Another file or stored article id.")
  private String second;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  private OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--width", paramLabel = "N", description = "Line width of the side-by-side view (default: ${DEFAULT-VALUE}).")
  private int width = 140;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    ArticleArguments arguments = new ArticleArguments(context, store.directory(context));
    Article a = arguments.article(first);
    Article b = arguments.article(second);
    if (a.id().equals(b.id())) {
      throw new BadInputException("A and B are the same article '" + a.id() + "'; give two different ones");
    }
    Relation relation;
    try (Detection loaded = Detection.open(detection.embedder())) {
      relation = loaded.detector(null).compare(a, b);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.println(new JsonReportWriter().write(relation));
      out.flush();
    } else {
      boolean aIsSource = relation.source().equals(a.id());
      new SideBySideView(out, new Ansi(context.colour()), width)
          .print(relation, aIsSource ? a : b, aIsSource ? b : a);
    }
    return ExitCodes.OK;
  }
}
