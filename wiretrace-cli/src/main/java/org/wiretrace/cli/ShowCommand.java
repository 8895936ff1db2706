package org.wiretrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.index.WiretraceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace show ID}: one stored article with its sentences and stripped chrome. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    header = "Show one stored article: metadata, sentences with offsets, stripped chrome.",
    description = "Prints the article's metadata, its sentences with character offsets into the original "
        + "text (H marks headings), and every line of site chrome that was stripped, with its kind and reason.",
    footerHeading = "%nExamples:%n",
    footer = {"  wiretrace show wire-dam-failure", "  wiretrace show wire-dam-failure --json"})
final class ShowCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Parameters(index = "0", paramLabel = "ID", description = "Article id, as printed by 'wiretrace list'.")
  private String id;

  @Option(names = "--json", description = "Print the article as JSON.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    Article article;
    try (WiretraceStore opened = Stores.openReadOnly(store.directory(root.context()))) {
      article =
          opened
              .articles()
              .get(ArticleId.of(id))
              .orElseThrow(() -> new BadInputException(
                  "no article with id '" + id + "' in the store; run 'wiretrace list' to see the ids"));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, ArticleView.of(article));
    } else {
      ArticleView.print(out, article);
    }
    return ExitCodes.OK;
  }
}
