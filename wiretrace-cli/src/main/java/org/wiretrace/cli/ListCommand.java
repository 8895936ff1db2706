package org.wiretrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wiretrace.model.Article;
import org.wiretrace.index.WiretraceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace list}: the stored articles, one per line, in id order. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    header = "List the stored articles.",
    description = "One line per article, in id order: id, outlet, published time, title and number of sentences.",
    footerHeading = "%nExamples:%n",
    footer = {"  wiretrace list", "  wiretrace list --json | jq -r '.[].id'"})
final class ListCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Option(names = "--json", description = "Print a JSON array instead of a table.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    List<ArticleRow> rows;
    try (WiretraceStore opened = Stores.openReadOnly(store.directory(root.context()));
        Stream<Article> all = opened.articles().all()) {
      rows = all.map(ArticleRow::of).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, rows);
    } else {
      print(out, rows);
    }
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, List<ArticleRow> rows) {
    TextTable table = new TextTable(60, "ID", "OUTLET", "PUBLISHED", "TITLE", "SENTENCES");
    rows.forEach(r -> table.row(r.id(), r.outlet(), r.published(), r.title(), r.sentences()));
    table.print(out);
    out.println(rows.size() + (rows.size() == 1 ? " article" : " articles"));
    out.flush();
  }
}
