package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.testkit.GeneratorConfig;
import org.wiretrace.testkit.SyntheticCorpus;

/**
 * A corpus for load tests: the five demo articles plus a seeded synthetic corpus from the testkit
 * (invented stories with syndicated, edited, paraphrased and spun copies). Deterministic for a seed.
 */
final class DemoCorpus {

  private DemoCorpus() {}

  /**
   * Ingests the corpus through the API.
   *
   * @param base the server
   * @param size how many articles in all (at least 6)
   * @param seed the generator seed
   * @return the ids of all ingested articles
   */
  static List<String> load(URI base, int size, long seed) {
    ApiClient client = new ApiClient(base);
    assertThat(client.post("/api/articles", "application/x-ndjson", ApiClient.demoJsonLines()).statusCode()).isEqualTo(201);
    SyntheticCorpus corpus = SyntheticCorpus.generate(GeneratorConfig.of(size - 5, seed));
    List<String> lines = corpus.drafts().stream().map(SyntheticCorpus::articleLine).toList();
    assertThat(client.post("/api/articles", "application/x-ndjson", String.join("\n", lines)).statusCode()).isEqualTo(201);
    List<String> ids = new ArrayList<>(List.of("wire-001", "daily-002", "farm-003", "herald-004", "library-005"));
    corpus.drafts().stream().map(ArticleDraft::id).forEach(ids::add);
    return ids;
  }
}
