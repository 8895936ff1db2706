package org.wiretrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.wiretrace.index.StoreStats;
import org.wiretrace.index.WiretraceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace stats}: totals over the store. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    header = "Print store totals.",
    description = "Articles, sentences, outlets, publication date range, stripped chrome by kind, "
        + "candidate index and embedding cache sizes, disk use, schema version and sketch parameters.",
    footerHeading = "%nExamples:%n",
    footer = {"  wiretrace stats", "  wiretrace stats --store /data/wiretrace --json"})
final class StatsCommand implements Callable<Integer> {

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Option(names = "--json", description = "Print the totals as JSON.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    StoreStats stats;
    try (WiretraceStore opened = Stores.openReadOnly(store.directory(root.context()))) {
      stats = opened.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, json(stats));
    } else {
      print(out, stats);
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> json(StoreStats s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("store", s.path().toString());
    json.put("articles", s.articles());
    json.put("sentences", s.sentences());
    json.put("outlets", s.outlets());
    json.put("articlesWithoutOutlet", s.articlesWithoutOutlet());
    json.put("earliestPublished", s.earliestPublished() == null ? null : s.earliestPublished().toString());
    json.put("latestPublished", s.latestPublished() == null ? null : s.latestPublished().toString());
    json.put("articlesWithoutPublished", s.articlesWithoutPublished());
    json.put("strippedChrome", names(s.strippedChrome()));
    json.put("fingerprintedArticles", s.fingerprintedArticles());
    json.put("candidateSentenceVectors", s.candidateSentenceVectors());
    json.put("cachedEmbeddings", s.cachedEmbeddings());
    json.put("judgedPairs", s.judgedPairs());
    json.put("bytesOnDisk", s.bytesOnDisk());
    json.put("schemaVersion", s.schemaVersion());
    json.put("paramsStamp", s.paramsStamp());
    return json;
  }

  private static void print(PrintWriter out, StoreStats s) {
    out.printf("store        %s (schema %d, %s)%n", s.path(), s.schemaVersion(), s.paramsStamp());
    out.printf("articles     %d%n", s.articles());
    out.printf("sentences    %d%n", s.sentences());
    out.printf("outlets      %d%s; %d articles without outlet%n", s.outlets().size(), counts(s.outlets()),
        s.articlesWithoutOutlet());
    out.printf("published    %s .. %s; %d articles without date%n", orDash(s.earliestPublished()),
        orDash(s.latestPublished()), s.articlesWithoutPublished());
    out.printf("stripped     %d lines%s%n", s.strippedChrome().values().stream().mapToInt(Integer::intValue).sum(),
        counts(names(s.strippedChrome())));
    out.printf("candidates   %d articles fingerprinted, %d sentence vectors%n", s.fingerprintedArticles(),
        s.candidateSentenceVectors());
    out.printf("embeddings   %d cached%n", s.cachedEmbeddings());
    out.printf("judgements   %d article pairs judged%n", s.judgedPairs());
    out.printf("disk         %.1f MB%n", s.bytesOnDisk() / 1048576.0);
    out.flush();
  }

  private static Map<String, Integer> names(Map<? extends Enum<?>, Integer> counts) {
    Map<String, Integer> named = new LinkedHashMap<>();
    counts.forEach((kind, n) -> named.put(kind.name(), n));
    return named;
  }

  private static String counts(Map<String, Integer> counts) {
    StringBuilder line = new StringBuilder();
    counts.forEach((name, n) -> line.append(line.isEmpty() ? " (" : ", ").append(name).append(' ').append(n));
    return line.isEmpty() ? "" : line.append(')').toString();
  }

  private static String orDash(@Nullable Object value) {
    return value == null ? "-" : value.toString();
  }
}
