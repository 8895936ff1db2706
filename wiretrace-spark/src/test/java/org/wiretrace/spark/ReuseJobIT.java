package org.wiretrace.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.ingest.BoilerplateMode;
import org.wiretrace.ingest.Ingestor;
import org.wiretrace.model.Article;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.JsonReportWriter;
import org.wiretrace.report.Relation;
import org.wiretrace.report.SiblingIndex;
import org.wiretrace.testkit.GeneratorConfig;
import org.wiretrace.testkit.SyntheticCorpus;

/**
 * Determinism: the Spark job and the embedded {@code ReuseDetector.analyze} give the same relations
 * (core JSON, byte for byte) and the same stories on the same input.
 */
class ReuseJobIT {

  @TempDir Path dir;

  @Test
  void run_inventedCorpus_relationsEqualEmbedded() throws IOException {
    Path input = Path.of(System.getProperty("wiretrace.root"), "wiretrace-spark/src/test/resources/corpus/small.jsonl");
    Outcome o = compare(input, Map.of());
    assertThat(o.embedded).isNotEmpty();
    assertThat(o.embedded).anySatisfy(j -> assertThat(j).contains("\"source\": \"bridge-wire\"")
        .contains("\"derived\": \"bridge-copy\"", "\"kind\": \"DUPLICATE\""));
    assertThat(o.embedded).noneSatisfy(j -> assertThat(j).contains("puffins"));
  }

  @Test
  void run_generatedCorpus_relationsEqualEmbedded() throws IOException {
    SyntheticCorpus.generate(GeneratorConfig.of(14, 5).withWordsPerArticle(260)).writeTo(dir.resolve("gen"));
    Outcome o = compare(dir.resolve("gen").resolve(SyntheticCorpus.ARTICLES_FILE), Map.of("seed", "42"));
    assertThat(o.spark).hasSameSizeAs(o.embedded);
    assertThat(o.embedded).hasSizeGreaterThan(5);
    assertThat(o.embedded).as("copy-to-copy links reported via their common source")
        .anySatisfy(j -> assertThat(j).containsPattern("\"via\": \"[^\"]+\""));
  }

  private record Outcome(List<String> embedded, List<String> spark) {}

  private Outcome compare(Path input, Map<String, String> settings) throws IOException {
    List<String> args = new ArrayList<>(List.of("--partitions", "3"));
    settings.forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
    args.addAll(List.of(dir.resolve("out").toString(), input.toString()));
    JobSummary summary = ReuseJob.run(SparkTestSession.get(), JobConfig.parse(args.toArray(String[]::new)));

    CorpusReport report = Detectors.get(settings).analyze(embeddedArticles(input));
    SiblingIndex siblings = new SiblingIndex(report);
    List<String> embedded = report.relations().stream().map(r -> new JsonReportWriter().write(r, siblings)).toList();
    List<String> spark = SparkTestSession.get().read().parquet(dir.resolve("out/parquet/relations").toString())
        .orderBy("source", "derived").select("json").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(spark).containsExactlyElementsOf(embedded);
    assertThat(lines(dir.resolve("out/jsonl/relations-core")))
        .containsExactlyElementsOf(embedded.stream().map(StoryStage::oneLine).toList());
    assertThat(summary.relations()).isEqualTo(embedded.size());
    assertThat(sparkStories()).containsExactlyElementsOf(
        report.stories().stream().map(s -> s.id() + "=" + ids(s)).toList());
    return new Outcome(embedded, spark);
  }

  private static List<Article> embeddedArticles(Path input) throws IOException {
    List<Article> articles = new ArrayList<>();
    Ingestor.builder().boilerplate(BoilerplateMode.OFF).build()
        .ingest(List.of(input.toString()), (batch, progress) -> articles.addAll(batch));
    return articles;
  }

  private List<String> sparkStories() {
    List<String> out = new ArrayList<>();
    for (Row r : SparkTestSession.get().read().parquet(dir.resolve("out/parquet/stories").toString())
        .orderBy(org.apache.spark.sql.functions.element_at(org.apache.spark.sql.functions.col("articles"), 1))
        .collectAsList()) {
      out.add(r.getString(0) + "=" + String.join(",", Seqs.<String>list(r.get(2))));
    }
    return out;
  }

  private static String ids(StoryCluster s) {
    return String.join(",", s.articles().stream().map(a -> a.value()).toList());
  }

  private static List<String> lines(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p));
      }
    }
    return out;
  }

  @SuppressWarnings("unused")
  private static final Class<?> RELATION = Relation.class;
}
