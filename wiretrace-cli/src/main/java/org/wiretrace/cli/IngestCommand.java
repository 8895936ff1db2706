package org.wiretrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.ingest.InputFormat;
import org.wiretrace.store.ArticleStore.OnExisting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace ingest PATH...}: reads articles into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Read articles from files, folders and globs into the store.",
    description = {
      "Folders are walked recursively (hidden files skipped); quote glob patterns such as 'crawl/**/*.warc.gz'. "
          + "The format comes from the extension: .txt, .jsonl/.ndjson, .html/.htm, .warc; any may end in .gz.",
      "Bad records are skipped and reported on stderr, never fatal; the exit code is then 2.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace ingest examples/corpus/",
      "  wiretrace ingest 'crawl/**/*.warc.gz' --store /data/wiretrace",
      "  wiretrace ingest export.dat --format jsonl --update --json"
    })
final class IngestCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or glob patterns (quote globs).")
  private List<String> paths;

  @Option(names = "--format", paramLabel = "FORMAT", converter = InputFormatConverter.class,
      description = "Read every file as this format (txt, jsonl, html, warc) instead of detecting it.")
  private InputFormat format;

  @Option(names = "--update", description = "Replace stored articles whose id comes again with other content.")
  private boolean update;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; problems still go to stderr.")
  private boolean quiet;

  @Option(names = "--json", description = "Print the summary as JSON on stdout.")
  private boolean json;

  @Mixin private IngestOptions ingestOptions;
  @Mixin private DetectorOptions detection;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    IngestReport report;
    try (Detection detector = Detection.open(detection.embedder());
        WiretraceStore target = Stores.openWritable(store.directory(context), detector)) {
      ReuseDetector reuse = detector.detector(target.embeddings(), target.judgements());
      IngestRunner.repairFingerprints(target, reuse, spec.commandLine().getErr());
      report = new IngestRunner(context, format, !quiet && !json, ingestOptions)
          .intoStore(paths, target, reuse, update ? OnExisting.REPLACE : OnExisting.KEEP);
    }
    report.printProblems(spec.commandLine().getErr());
    print(spec.commandLine().getOut(), report);
    return report.anythingSkipped() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  private void print(PrintWriter out, IngestReport report) {
    if (json) {
      JsonOutput.print(out, report.json());
    } else if (!quiet) {
      report.printSummary(out);
    }
  }
}
