package org.wiretrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.wiretrace.eval.relations.RelationFiles;
import org.wiretrace.eval.relations.RelationLabel;
import org.wiretrace.eval.relations.RunEvaluation;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.Relation;
import org.wiretrace.report.SiblingIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wiretrace eval relations DIR} or {@code LABELS [PATH...]}: a whole run against the true
 * relations, ending with {@code macro_f1=F ari=A n=N}.
 */
@Command(
    name = "relations",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Score a detector run against true relations.",
    description = {
      "LABELS holds one {\"source\", \"derived\", \"kind\"} object per line (examples/labels.jsonl, or the "
          + "labels.jsonl of 'wiretrace generate'). Or give a folder DIR holding labels.jsonl and the articles "
          + "(DIR/corpus/ when present, else every other file of DIR but generator.json and README files). "
          + "The run is: a saved JSON report (--report), or the analysis of PATH... in memory, or else of the "
          + "store. Prints reuse precision, recall and F1 (direction ignored), direction and kind accuracy of "
          + "the found pairs, a confusion table, same-story recall, examples, a per-kind precision/recall/F1 "
          + "table (a pair counts for kind K when labelled K / predicted K, direction ignored; unlabelled "
          + "reuse predictions are false positives, unlabelled SAME_STORY predictions are not scored), the "
          + "adjusted Rand index of predicted stories (the detector's own stories; for --report, connected components of the predicted relations) vs "
          + "true stories (components of the labelled pairs, SAME_STORY included; unlabelled articles are "
          + "singletons), and last the line macro_f1=F ari=A n=N (N = articles scored).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace eval relations examples/",
      "  wiretrace eval relations synthetic/",
      "  wiretrace eval relations examples/labels.jsonl examples/corpus/",
      "  wiretrace eval relations synthetic/labels.jsonl synthetic/articles.jsonl",
      "  wiretrace eval relations labels.jsonl --report run.json"
    })
final class EvalRelationsCommand implements Callable<Integer> {

  /** Files of a labelled folder that are not articles. */
  private static final Set<String> NOT_ARTICLES = Set.of("labels.jsonl", "generator.json", "readme.md", "readme.txt", "tools");

  @ParentCommand private EvalCommand eval;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;
  @Mixin private DetectorOptions detection;

  @Parameters(index = "0", paramLabel = "LABELS|DIR",
      description = "The true relations, JSON Lines; or a folder with labels.jsonl and the articles.")
  private Path labels;

  @Parameters(index = "1..*", paramLabel = "PATH", description = "Articles to analyse in memory (default: the store).")
  private List<String> paths = new ArrayList<>();

  @Option(names = "--report", paramLabel = "FILE", description = "Score this JSON report instead of running the detector.")
  private @Nullable Path report;

  @Override
  public Integer call() throws Exception {
    CliContext context = eval.context();
    Path given = context.resolve(labels);
    if (Files.isDirectory(given)) {
      paths = folderArticles(given, paths);
      given = given.resolve("labels.jsonl");
    }
    RelationFiles.Labels truth = RelationFiles.readLabels(existing(given));
    truth.badLines().forEach(line -> spec.commandLine().getErr().println("  " + labels + " " + line + " (skipped)"));
    List<String> articleIds = new ArrayList<>();
    List<RelationLabel> predicted = report != null
        ? RelationFiles.readReport(existing(context.resolve(report)))
        : predictions(context, articleIds);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream printed = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      RunEvaluation.of(truth.labels(), predicted, articleIds, storyOf).print(printed);
    }
    spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
    spec.commandLine().getOut().flush();
    return truth.badLines().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  /** The article paths of a labelled folder, unless PATH... were given too. */
  private static List<String> folderArticles(Path dir, List<String> given) throws IOException {
    if (!given.isEmpty()) {
      return given;
    }
    if (Files.isDirectory(dir.resolve("corpus"))) {
      return List.of(dir.resolve("corpus").toString());
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> !NOT_ARTICLES.contains(p.getFileName().toString().toLowerCase(Locale.ROOT)))
          .map(Path::toString).sorted().toList();
    }
  }

  /** The in-memory run's story per article id; empty when scoring a saved report. */
  private final Map<String, String> storyOf = new TreeMap<>();

  private List<RelationLabel> predictions(CliContext context, List<String> articleIds) throws Exception {
    List<Article> articles = paths.isEmpty() ? stored(context) : read(context);
    articles.forEach(a -> articleIds.add(a.id().value()));
    CorpusReport run;
    try (Detection loaded = Detection.open(detection.embedder())) {
      run = loaded.detector(null).analyze(articles);
    }
    run.stories().forEach(c -> c.articles().forEach(a -> storyOf.put(a.value(), c.id())));
    SiblingIndex siblings = new SiblingIndex(run);
    return run.relations().stream().map(r -> label(r, siblings.via(r))).toList();
  }

  private static RelationLabel label(Relation r, @Nullable ArticleId via) {
    return new RelationLabel(r.source().value(), r.derived().value(), r.kind().name(), via == null ? null : via.value());
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
