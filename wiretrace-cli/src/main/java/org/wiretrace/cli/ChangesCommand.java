package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.wiretrace.changes.Change;
import org.wiretrace.changes.ChangeFlagger;
import org.wiretrace.changes.Passage;
import org.wiretrace.model.Article;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Span;
import org.wiretrace.report.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace changes A B}: only the meaning changes from A (source) to B (derived). */
@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Print the meaning changes from a source text to a derived one.",
    description = {
      "A and B are sentences (or any text), files, or stored article ids. Two texts are compared "
          + "directly; articles are aligned first and every aligned passage is checked. Flags changed "
          + "numbers, dates, quotes, attributions, negations, entities and tortured phrases.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace changes \"The siege lasted nearly 4-1/2 hours.\" \"The siege lasted about four hours.\"",
      "  wiretrace changes \"He will run again next year.\" \"He will run again in 2028.\" \\",
      "      --source-published 2026-03-17",
      "  wiretrace changes examples/corpus/wire-dam-failure.txt wire-copy.txt --format json"
    })
final class ChangesCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;
  @Mixin private DetectorOptions detection;

  @Parameters(index = "0", paramLabel = "A", description = "The source: text, file or stored id.")
  private String source;

  @Parameters(index = "1", paramLabel = "B", description = "The derived: text, file or stored id.")
  private String derived;

  @Option(names = "--source-published", paramLabel = "DATE",
      description = "When A was published (ISO-8601), to resolve relative dates such as 'next year'.")
  private @Nullable String sourcePublished;

  @Option(names = "--derived-published", paramLabel = "DATE",
      description = "When B was published (default: the same as A).")
  private @Nullable String derivedPublished;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  private OutputFormat format = OutputFormat.TEXT;

  @Override
  public Integer call() throws Exception {
    ArticleArguments arguments = new ArticleArguments(root.context(), store.directory(root.context()));
    if (arguments.namesArticle(source) || arguments.namesArticle(derived)) {
      return articles(arguments.article(source), arguments.article(derived));
    }
    PublishedTime sourceTime = published("--source-published", sourcePublished);
    PublishedTime derivedTime = derivedPublished != null ? published("--derived-published", derivedPublished) : sourceTime;
    List<Change> changes = new ChangeFlagger().flag(passage(source, sourceTime), passage(derived, derivedTime));
    print(changes);
    return ExitCodes.OK;
  }

  /**
   * Prints changes in the chosen format.
   *
   * @param changes the changes
   */
  void print(List<Change> changes) {
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      JsonOutput.print(out, ChangeView.json(changes));
    } else {
      ChangeView.print(out, changes, "");
      out.flush();
    }
  }

  /** Aligns two articles and prints the changes of their relation, in its direction. */
  private int articles(Article a, Article b) throws Exception {
    Relation relation;
    try (Detection loaded = Detection.open(detection.embedder())) {
      relation = loaded.detector(null).compare(a, b);
    }
    if (!relation.kind().isReuse()) {
      spec.commandLine().getErr().println("note: " + a.id() + " and " + b.id() + " share no reused passages ("
          + relation.kind() + "); there is nothing to compare");
    } else if (relation.source().equals(b.id())) {
      spec.commandLine().getErr().println("note: " + b.id() + " is the source (" + relation.directionStatus()
          + "); the changes are shown from it to " + a.id());
    }
    print(relation.changes());
    return ExitCodes.OK;
  }

  private static Passage passage(String text, @Nullable PublishedTime published) {
    return new Passage(text, new Span(0, text.length()), published);
  }

  private static @Nullable PublishedTime published(String option, @Nullable String value) {
    if (value == null) {
      return null;
    }
    return PublishedTime.parse(value, "metadata").orElseThrow(() -> new BadInputException(
        option + " '" + value + "' is not a date; use ISO-8601 such as 2026-03-17 or 2026-03-17T06:40:00Z"));
  }
}
