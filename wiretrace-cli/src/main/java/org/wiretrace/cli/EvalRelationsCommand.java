package org.wiretrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.wiretrace.eval.relations.RelationEvaluation;
import org.wiretrace.eval.relations.RelationFiles;
import org.wiretrace.eval.relations.RelationLabel;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.model.Article;
import org.wiretrace.report.CorpusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace eval relations LABELS [PATH...]}: a whole run against the true relations. */
@Command(
    name = "relations",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Score a detector run against true relations.",
    description = {
      "LABELS holds one {\"source\", \"derived\", \"kind\"} object per line (examples/labels.jsonl, or the "
          + "labels.jsonl of 'wiretrace generate'). The run is: a saved JSON report (--report), or the "
          + "analysis of PATH... in memory, or else of the store. Prints reuse precision, recall and F1 "
          + "(direction ignored), direction and kind accuracy of the found pairs, a confusion table, "
          + "same-story recall, examples, and last a one-line summary.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace eval relations examples/labels.jsonl examples/corpus/",
      "  wiretrace eval relations synthetic/labels.jsonl synthetic/articles.jsonl",
      "  wiretrace eval relations labels.jsonl --report run.json"
    })
final class EvalRelationsCommand implements Callable<Integer> {

  @ParentCommand private EvalCommand eval;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;
  @Mixin private DetectorOptions detection;

  @Parameters(index = "0", paramLabel = "LABELS", description = "The true relations, JSON Lines.")
  private Path labels;

  @Parameters(index = "1..*", paramLabel = "PATH", description = "Articles to analyse in memory (default: the store).")
  private List<String> paths = new ArrayList<>();

  @Option(names = "--report", paramLabel = "FILE", description = "Score this JSON report instead of running the detector.")
  private @Nullable Path report;

  @Override
  public Integer call() throws Exception {
    CliContext context = eval.context();
    RelationFiles.Labels truth = RelationFiles.readLabels(existing(context.resolve(labels)));
    truth.badLines().forEach(line -> spec.commandLine().getErr().println("  " + labels + " " + line + " (skipped)"));
    List<RelationLabel> predicted = report != null
        ? RelationFiles.readReport(existing(context.resolve(report)))
        : predictions(context);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      RelationEvaluation.print(RelationEvaluation.score(truth.labels(), predicted), printed);
    }
    spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
    return truth.badLines().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  private List<RelationLabel> predictions(CliContext context) throws Exception {
    List<Article> articles = paths.isEmpty() ? stored(context) : read(context);
    CorpusReport run;
    try (Detection loaded = Detection.open(detection.embedder())) {
      run = loaded.detector(null).analyze(articles);
    }
    return run.relations().stream()
        .map(r -> new RelationLabel(r.source().value(), r.derived().value(), r.kind().name())).toList();
  }

  private List<Article> read(CliContext context) throws Exception {
    List<Article> articles = new ArrayList<>();
    IngestSummary summary = new IngestRunner(context, null, false).inMemory(paths, articles);
    if (summary.skipped() > 0) {
      spec.commandLine().getErr().println("  " + summary.describe());
    }
    return articles;
  }

  private List<Article> stored(CliContext context) throws Exception {
    try (WiretraceStore opened = Stores.openReadOnly(store.directory(context));
        Stream<Article> all = opened.articles().all()) {
      return all.toList();
    }
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("no such file: " + file);
    }
    return file;
  }
}
