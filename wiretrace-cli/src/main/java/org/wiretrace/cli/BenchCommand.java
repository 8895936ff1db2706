package org.wiretrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentenceEmbedderProvider;
import org.wiretrace.eval.bench.BenchFigures;
import org.wiretrace.eval.bench.BenchRun;
import org.wiretrace.testkit.GeneratorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace bench}: end-to-end figures on a generated corpus (wiretrace-eval's BenchRun). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Measure ingest, report, candidate recall, trace latency, embedding and memory on a generated corpus.",
    description = {
      "Generates a seeded corpus of about N articles, ingests it into a store (a temporary one unless "
          + "--store) with detection, as `wiretrace ingest` does, reports the whole store as `wiretrace report` "
          + "does, and prints: ingest throughput (articles/s, MB/s, CPU seconds), report time, end-to-end "
          + "articles/s (ingest + report), candidate recall vs brute "
          + "force per derived kind, trace latency p50/p99, embedding throughput (lexical, and ONNX when a "
          + "model is on the class path), peak heap, peak RSS and store size per 1000 articles; last a "
          + "summary line of key=value figures. The detector uses the lexical embedder unless --embedder says "
          + "otherwise. One-shot figures: run on a quiet machine, or state the load; give the JVM heap with "
          + "WIRETRACE_JAVA_OPTS=-Xmx...",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace bench --articles 2000 --seed 42",
      "  wiretrace bench --articles 500 --seed 42 --embedder auto",
      "  WIRETRACE_JAVA_OPTS=-Xmx4g wiretrace bench --articles 100000 --store /tmp/bench-store"
    })
final class BenchCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", description = "Articles in the corpus (default: ${DEFAULT-VALUE}).")
  private int articles = 2000;

  @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  private long seed = 42;

  @Option(names = "--derived-share", paramLabel = "P",
      description = "Share of the corpus derived from a base article (copies and same-story reports in the "
          + "default mix's proportions), e.g. 0.1 for mostly unrelated articles as issue 13 measures "
          + "(default: the default mix, about 0.53).")
  private @Nullable Double derivedShare;

  @Option(names = "--store", paramLabel = "DIR", description = "Store directory, new or empty (default: a temporary one, deleted after).")
  private @Nullable Path store;

  @Option(names = "--queries", paramLabel = "Q", description = "Timed trace queries (default: ${DEFAULT-VALUE}).")
  private int queries = 200;

  @Option(names = "--no-onnx", description = "Skip the ONNX embedding throughput even when a model is available.")
  private boolean noOnnx;

  @Option(names = "--embedder", paramLabel = "NAME",
      description = "Sentence embedder of the detector: lexical, auto or onnx (default: ${DEFAULT-VALUE}; the "
          + "commands' own default is auto).")
  private EmbedderChoice embedder = EmbedderChoice.LEXICAL;

  @Override
  public Integer call() throws Exception {
    Path scratch = Files.createTempDirectory("wiretrace-bench");
    Path storeDir = store != null ? root.context().resolve(store) : scratch.resolve("store");
    if (Files.isDirectory(storeDir) && !isEmpty(storeDir)) {
      throw new BadInputException("--store " + storeDir + " is not empty; give a new or empty directory");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Detection detection = Detection.open(embedder)) {
      SentenceEmbedder detector = detection.embedder();
      boolean neural = !(detector instanceof LexicalEmbedder);
      SentenceEmbedder onnx = noOnnx ? null : neural ? detector : onnx();
      try {
        BenchFigures figures = new BenchRun(detector, onnx, line -> progress(err, line))
            .run(corpusConfig(), storeDir, scratch, queries);
        spec.commandLine().getOut().print(figures.render());
        spec.commandLine().getOut().flush();
      } finally {
        if (onnx != detector && onnx instanceof AutoCloseable closeable) {
          closeable.close();
        }
        deleteScratch(scratch);
      }
    }
    return ExitCodes.OK;
  }

  /** The generator settings for about {@code articles} articles: bases from the mix's copies per base. */
  private GeneratorConfig corpusConfig() {
    if (articles < 10) {
      throw new BadInputException("--articles " + articles + " is too few to measure; give --articles 10 or more");
    }
    GeneratorConfig config = GeneratorConfig.of(1, seed);
    if (derivedShare != null) {
      config = config.withDerivedShare(derivedShare);
    }
    double perBase = 1 + config.mix().values().stream().mapToDouble(Double::doubleValue).sum();
    int bases = Math.max(1, (int) Math.round(articles / perBase));
    return new GeneratorConfig(bases, seed, config.wordsPerArticle(), config.mix(), config.changeRate(),
        config.sameTopicShare());
  }

  private static void progress(PrintWriter err, String line) {
    err.println("  " + line);
    err.flush();
  }

  private static @Nullable SentenceEmbedder onnx() {
    List<SentenceEmbedderProvider> providers = SentenceEmbedderProvider.discover();
    return providers.isEmpty() ? null : providers.get(0).create();
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Deletes the temporary corpus (and the temporary store when no --store was given). */
  private static void deleteScratch(Path scratch) throws IOException {
    try (Stream<Path> all = Files.walk(scratch)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
