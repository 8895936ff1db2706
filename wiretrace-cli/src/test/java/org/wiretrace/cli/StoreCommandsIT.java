package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.store.ArticleStore.OnExisting;
import org.wiretrace.text.ArticleFactory;

/** list, show and stats over a store written directly through the index API. */
class StoreCommandsIT {

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void writeStore() throws Exception {
    ArticleFactory factory = new ArticleFactory();
    ArticleDraft harbour = new ArticleDraft("harbour-strike", "https://gazette.example/strike", "Dockers walk out",
        new Outlet("Gazette.example"), PublishedTime.parse("2026-02-01T08:00:00Z", "metadata").orElseThrow(),
        "Dockers at the port of Selm stopped work on Sunday. They want a 9 percent raise.\n"
            + "More Stories\nThe strike is the first in ten years.", Map.of("section", "business"), "feed.jsonl:1");
    ArticleDraft rain = ArticleDraft.of("rain-warning", "Heavy rain is expected in the west on Friday.");
    try (Detection lexical = Detection.open(EmbedderChoice.LEXICAL);
        WiretraceStore store = Stores.openWritable(dir.resolve("store"), lexical)) {
      store.articles().put(List.of(factory.create(harbour), factory.create(rain)), OnExisting.KEEP);
    }
    cli = new CliRunner(dir, Map.of(CliContext.HOME_VARIABLE, dir.resolve("store").toString()));
  }

  @Test
  void list_printsOneRowPerArticleInIdOrder() {
    CliRunner.Result result = cli.run("list");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ID").contains("OUTLET", "PUBLISHED", "TITLE", "SENTENCES");
    assertThat(lines.get(1)).startsWith("harbour-strike").contains("gazette.example", "2026-02-01", "Dockers walk out");
    assertThat(lines.get(2)).startsWith("rain-warning");
    assertThat(lines.get(3)).isEqualTo("2 articles");
  }

  @Test
  void list_json() throws Exception {
    CliRunner.Result result = cli.run("list", "--json");

    JsonNode rows = new ObjectMapper().readTree(result.out());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("id").asText()).isEqualTo("harbour-strike");
    assertThat(rows.get(0).get("outlet").asText()).isEqualTo("gazette.example");
    assertThat(rows.get(0).get("sentences").asInt()).isEqualTo(3);
  }

  @Test
  void show_printsSentencesWithOffsetsAndStrippedChrome() {
    CliRunner.Result result = cli.run("show", "harbour-strike");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .containsPattern("title +Dockers walk out").containsPattern("section +business").containsPattern("origin +feed.jsonl:1")
        .contains("[0, 51)", "[52, 80)", "Dockers at the port of Selm stopped work on Sunday.")
        .contains("NAVIGATION", "\"More Stories\"", "navigation teaser line");
  }

  @Test
  void show_json() throws Exception {
    JsonNode article = new ObjectMapper().readTree(cli.run("show", "harbour-strike", "--json").out());

    assertThat(article.get("sentences").get(1).get("text").asText()).isEqualTo("They want a 9 percent raise.");
    assertThat(article.get("stripped").get(0).get("kind").asText()).isEqualTo("NAVIGATION");
  }

  @Test
  void show_unknownId() {
    CliRunner.Result result = cli.run("show", "no-such-article");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("no article with id 'no-such-article'", "wiretrace list");
  }

  @Test
  void stats_countsArticlesOutletsAndChrome() {
    CliRunner.Result result = cli.run("stats");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("articles     2", "gazette.example 1", "NAVIGATION 1", "1 articles without outlet");
  }

  @Test
  void stats_missingStore() {
    CliRunner.Result result = cli.run("stats", "--store", "nowhere");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("no store at", "nowhere", "wiretrace ingest");
  }

  @Test
  void stats_directoryThatIsNotAStore() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a store");

    CliRunner.Result result = cli.run("stats", "--store", ".");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INCOMPATIBLE_STORE);
  }
}
