package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.index.WiretraceStore;

/** The web app over the Lucene store and its candidate index, as {@code wiretrace serve} runs it. */
class LuceneStoreIT {

  @Test
  void ingestThenTrace_usesLuceneCandidateIndex(@TempDir Path dir) throws Exception {
    LexicalEmbedder embedder = new LexicalEmbedder();
    DetectorConfig config = DetectorConfig.defaults();
    ReuseDetector detector = new ReuseDetector(config, embedder);
    String stamp = config.sketch().stamp() + ":" + embedder.modelName();
    try (WiretraceStore store = WiretraceStore.open(dir, stamp);
        WebServer server = WebServer.builder().store(store.articles()).detector(detector)
            .candidateIndex(store.candidates()).port(0).accessLog(false).shutdownGrace(Duration.ZERO).build().start()) {
      ApiClient client = new ApiClient(server.uri());
      assertThat(client.post("/api/articles", "application/x-ndjson", ApiClient.demoJsonLines()).statusCode())
          .isEqualTo(201);
      assertThat(store.candidates().count()).isEqualTo(5);
      JsonNode trace = ApiClient.json(client.get("/api/articles/daily-002/trace"));
      assertThat(trace.at("/sources/0/source").asText()).isEqualTo("wire-001");
      assertThat(client.get("/articles/farm-003").body()).contains("Its sources");
    }
    try (WiretraceStore reopened = WiretraceStore.openReadOnly(dir)) {
      assertThat(reopened.articles().count()).isEqualTo(5);
      assertThat(reopened.candidates().count()).isEqualTo(5);
    }
  }
}
