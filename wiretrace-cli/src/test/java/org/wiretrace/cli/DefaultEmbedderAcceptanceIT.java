package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.align.SentenceEmbedderProvider;

/**
 * Seed acceptance and the demo-corpus evaluation under the default embedder (ONNX MiniLM through
 * {@code --embedder auto}), the one users get; core's {@code SeedsAcceptanceTest} checks the same
 * seeds with the lexical embedder. Issue 11: the independent report 004 was PARTIAL with the other
 * four under MiniLM because same-event sentences embed as paraphrases. Skipped when the shared seeds
 * or the ONNX model are absent.
 */
class DefaultEmbedderAcceptanceIT {

  private static final Path ROOT = Path.of(System.getProperty("wiretrace.root", ".."));
  private static final Path SEEDS = Path.of(System.getProperty("wiretrace.shared", "/work/shared"), "corpus", "seeds");

  @TempDir static Path dir;
  private static JsonNode report;

  @BeforeAll
  static void run() throws Exception {
    assumeTrue(!SentenceEmbedderProvider.discover().isEmpty(), "no ONNX sentence model on the class path");
    assumeTrue(Files.isDirectory(SEEDS), "seed corpus absent at " + SEEDS);
    CliRunner.Result result = new CliRunner(dir).run("report", "--no-store", "--no-html", "--format", "json",
        SEEDS.toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    report = new ObjectMapper().readTree(result.out());
    assertThat(report.get("settings").get("embedder").asText()).contains("minilm");
  }

  @Test
  void report_independentReportIsSameStoryOnly() {
    for (String other : List.of("000", "001", "002", "003")) {
      assertThat(kind(other, "004")).as("004 vs " + other).isEqualTo("SAME_STORY");
    }
  }

  @Test
  void report_copiesOfTheWireStoryStayReuse() {
    assertThat(kind("000", "001")).isIn("PARAPHRASED", "SPUN");
    assertThat(kind("000", "002")).isIn("SYNDICATED", "PARTIAL");
    assertThat(kind("000", "003")).isIn("PARAPHRASED", "SPUN", "PARTIAL");
  }

  @Test
  void report_provenanceTree_siblingLinksRunViaTheWire() {
    for (String copy : List.of("001", "002", "003")) {
      assertThat(relation("000", copy).get("via").isNull()).as("000 -> " + copy + " is a direct link").isTrue();
    }
    for (List<String> pair : List.of(List.of("001", "002"), List.of("001", "003"), List.of("002", "003"))) {
      assertThat(relation(pair.get(0), pair.get(1)).get("via").asText()).as(pair + " runs via the wire").startsWith("000");
    }
  }

  @Test
  void report_saysWhatTheLinkRestsOn() {
    JsonNode r = relation("000", "002");
    assertThat(r.get("reusedPassages").asInt()).isGreaterThanOrEqualTo(15);
    assertThat(r.get("reusedWords").asInt()).isGreaterThan(r.get("reusedPassages").asInt());
    assertThat(relation("000", "004").get("reusedPassages").asInt()).isLessThan(3);
  }

  @Test
  void report_flagsTheSixDocumentedChanges() {
    JsonNode spun = relation("000", "001");
    assertThat(spun.get("source").asText()).startsWith("000");
    assertFlag(spun, "NUMBER", "nearly 4-1/2 hours", "about four hours");
    assertFlag(spun, "NUMBER", "thousands", "tens of thousands");
    assertFlag(spun, "QUOTE", "marriage of convenience", "more of a marriage of convenience than devotion");
    JsonNode partial = relation("000", "003");
    assertThat(partial.get("source").asText()).startsWith("000");
    assertFlag(partial, "DATE", "next year", "2018");
    assertFlag(partial, "DATE", "last month", "earlier this month");
    assertFlag(partial, "TORTURED", "dear friend", "expensive companion");
  }

  private static void assertFlag(JsonNode relation, String kind, String sourcePhrase, String derivedPhrase) {
    boolean found = false;
    for (JsonNode c : relation.get("changes")) {
      found |= c.get("kind").asText().equals(kind) && c.get("sourceText").asText().contains(sourcePhrase)
          && c.get("derivedText").asText().contains(derivedPhrase);
    }
    assertThat(found).as(kind + " " + sourcePhrase + " -> " + derivedPhrase + " in " + relation.get("changes")).isTrue();
  }

  @Test
  void evalRelations_demoCorpusUnderTheDefaultEmbedder() {
    assumeTrue(Files.isDirectory(ROOT.resolve("examples/corpus")), "no demo corpus");
    CliRunner.Result result = new CliRunner(dir).run("eval", "relations", ROOT.resolve("examples/labels.jsonl").toString(),
        ROOT.resolve("examples/corpus").toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("reuse_recall=1.000", "kind_accuracy=1.000", "lenient_precision=1.000",
        "same_story_recall=1.000");
  }

  @Test
  void report_demoSpunCopyFlagsTheChangesExamplesReadmeDocuments() throws Exception {
    assumeTrue(Files.isDirectory(ROOT.resolve("examples/corpus")), "no demo corpus");
    CliRunner.Result result = new CliRunner(dir).run("report", "--no-store", "--no-html", "--format", "json",
        ROOT.resolve("examples/corpus").toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode spun = null;
    for (JsonNode r : new ObjectMapper().readTree(result.out()).get("relations")) {
      spun = r.get("derived").asText().equals("urn:uuid:b7da088e-d4c6-5352-afef-f36c7539ca8b")
          && r.get("source").asText().equals("wire-dam-failure") ? r : spun;
    }
    assertThat(spun).as("wire-dam-failure -> spun copy").isNotNull();
    assertFlag(spun, "NUMBER", "more than four metres", "around three metres");
    assertFlag(spun, "ATTRIBUTION", "said", "admitted");
    assertFlag(spun, "DATE", "next year", "2028");
    assertFlag(spun, "TORTURED", "death toll", "demise cost");
    assertFlag(spun, "QUOTE", "ignored that report", "disregarded that report");
  }

  private static String kind(String a, String b) {
    return relation(a, b).get("kind").asText();
  }

  private static JsonNode relation(String a, String b) {
    for (JsonNode r : report.get("relations")) {
      if (Set.of(r.get("source").asText().substring(0, 3), r.get("derived").asText().substring(0, 3)).equals(Set.of(a, b))) {
        return r;
      }
    }
    throw new AssertionError("no relation between " + a + " and " + b);
  }
}
