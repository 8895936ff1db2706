package org.wiretrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.model.Article;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.HtmlReportWriter;
import org.wiretrace.report.JsonReportWriter;
import org.wiretrace.store.ArticleStore.OnExisting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace report [PATH...]}: who copied whom in the store (after ingesting PATHs). */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Find who copied whom: stories, reuse relations and what the copies changed.",
    description = {
      "Ingests PATH... into the store (like 'wiretrace ingest'), then analyses every stored article: "
          + "groups them into stories, lists each reuse relation (source -> derived, kind, how the "
          + "direction was decided, coverage) and the meaning changes each copy made. With --no-store "
          + "the PATHs are analysed in memory and nothing is stored. The same report is written as one "
          + "self-contained HTML page (report.html, or --html FILE) with the texts side by side.",
      "The exit code is 2 when input records were skipped; the report is printed all the same.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace report examples/corpus/",
      "  wiretrace report                                  analyse the store as it is",
      "  wiretrace report --no-store a.txt b.html --format json"
    })
final class ReportCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;
  @Mixin private DetectorOptions detection;
  @Mixin private IngestOptions ingestOptions;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders or glob patterns to ingest first.")
  private List<String> paths = new ArrayList<>();

  @Option(names = "--no-store", description = "Analyse PATH... in memory; read and write no store.")
  private boolean noStore;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  private OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Where to write the self-contained HTML report (default: ${DEFAULT-VALUE} in the working directory).")
  private Path html = Path.of("report.html");

  @Option(names = "--no-html", description = "Write no HTML report.")
  private boolean noHtml;

  @Option(names = "--update", description = "Replace stored articles whose id comes again with other content.")
  private boolean update;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no ingest summary.")
  private boolean quiet;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    Analysis analysis = noStore ? inMemory(context) : stored(context);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.println(new JsonReportWriter().write(analysis.report()));
      out.flush();
    } else {
      ReportView.print(out, analysis.report(), context.colour());
    }
    if (!noHtml) {
      writeHtml(context.resolve(html), analysis);
    }
    return analysis.skipped() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  private void writeHtml(Path file, Analysis analysis) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, new HtmlReportWriter(analysis.articles()).write(analysis.report()), StandardCharsets.UTF_8);
    if (!quiet) {
      spec.commandLine().getErr().println("wrote " + file);
      spec.commandLine().getErr().flush();
    }
  }

  /** A report, the articles it covers and whether any input was skipped on the way. */
  private record Analysis(CorpusReport report, List<Article> articles, boolean skipped) {}

  private Analysis inMemory(CliContext context) throws Exception {
    if (paths.isEmpty()) {
      throw new BadInputException("--no-store needs PATH... to analyse; give files, folders or globs");
    }
    List<Article> articles = new ArrayList<>();
    IngestSummary summary = new IngestRunner(context, null, !quiet, ingestOptions).inMemory(paths, articles);
    new IngestReport(summary, new StoreWrites(OnExisting.KEEP), context.workingDir())
        .printProblems(spec.commandLine().getErr());
    try (Detection detector = Detection.open(detection.embedder())) {
      return new Analysis(detector.detector(null).analyze(articles), articles, summary.skipped() > 0);
    }
  }

  private Analysis stored(CliContext context) throws Exception {
    try (Detection loaded = Detection.open(detection.embedder());
        WiretraceStore opened = Stores.openWritable(store.directory(context), loaded)) {
      ReuseDetector detector = loaded.detector(opened.embeddings(), opened.judgements());
      IngestRunner.repairFingerprints(opened, detector, spec.commandLine().getErr());
      boolean skipped = !paths.isEmpty() && ingest(context, opened, detector);
      List<Article> articles;
      try (Stream<Article> all = opened.articles().all()) {
        articles = all.toList();
      }
      if (articles.isEmpty()) {
        throw new BadInputException("the store " + opened.path() + " is empty; give PATH... to ingest");
      }
      return new Analysis(detector.analyze(articles), articles, skipped);
    }
  }

  private boolean ingest(CliContext context, WiretraceStore opened, ReuseDetector detector) throws Exception {
    IngestReport ingested = new IngestRunner(context, null, !quiet, ingestOptions)
        .intoStore(paths, opened, detector, update ? OnExisting.REPLACE : OnExisting.KEEP);
    PrintWriter err = spec.commandLine().getErr();
    ingested.printProblems(err);
    if (!quiet) {
      ingested.printSummary(err);
    }
    return ingested.anythingSkipped();
  }
}
