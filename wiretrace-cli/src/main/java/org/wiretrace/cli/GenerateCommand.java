package org.wiretrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wiretrace.testkit.GeneratorConfig;
import org.wiretrace.testkit.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wiretrace generate DIR}: a seeded synthetic corpus with its true relations. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Write a seeded synthetic news corpus with ground-truth labels.",
    description = {
      "Invents base articles about their own stories and, for each, copies of every kind (duplicate, "
          + "syndicated, paraphrased, spun, partial, same story) with the default mix, some with injected "
          + "fact changes. Writes DIR/articles.jsonl, DIR/labels.jsonl ({source, derived, kind, changes}) "
          + "and DIR/generator.json. The same seed always gives the same corpus.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace generate synthetic/ --articles 200 --seed 7",
      "  wiretrace report --no-store synthetic/articles.jsonl --format json > run.json"
    })
final class GenerateCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Output directory (created when missing).")
  private Path directory;

  @Option(names = "--articles", paramLabel = "N", description = "Base articles, each its own story (default: ${DEFAULT-VALUE}).")
  private int articles = 50;

  @Option(names = "--seed", paramLabel = "SEED", description = "Random seed (default: ${DEFAULT-VALUE}).")
  private long seed = 42;

  @Option(names = "--words", paramLabel = "N", description = "Target words per base article (default: generator's).")
  private Integer words;

  @Option(names = "--change-rate", paramLabel = "P",
      description = "Probability that a syndicated, paraphrased or spun copy gets an injected fact change.")
  private Double changeRate;

  @Option(names = "--same-topic-share", paramLabel = "P",
      description = "Probability that an event joins a running beat of an earlier same-topic event (same "
          + "organisation and region, within a few days; its own people, town and figures). Default: generator's.")
  private Double sameTopicShare;

  @Option(names = "--derived-share", paramLabel = "P",
      description = "Share of the corpus that is derived from a base article (copies of every kind and "
          + "same-story reports, in the default mix's proportions), e.g. 0.1 for mostly unrelated articles. "
          + "Default: the default mix (about 0.53).")
  private Double derivedShare;

  @Override
  public Integer call() throws Exception {
    GeneratorConfig config = GeneratorConfig.of(articles, seed);
    if (words != null) {
      config = config.withWordsPerArticle(words);
    }
    if (changeRate != null) {
      config = config.withChangeRate(changeRate);
    }
    if (sameTopicShare != null) {
      config = config.withSameTopicShare(sameTopicShare);
    }
    if (derivedShare != null) {
      config = config.withDerivedShare(derivedShare);
    }
    SyntheticCorpus corpus = SyntheticCorpus.generate(config);
    Path out = root.context().resolve(directory);
    corpus.writeTo(out);
    PrintWriter print = spec.commandLine().getOut();
    print.println("wrote " + corpus.drafts().size() + " articles and " + corpus.labels().size() + " labels to " + out
        + " (seed " + seed + ")");
    print.flush();
    return ExitCodes.OK;
  }
}
