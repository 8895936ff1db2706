package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.wiretrace.store.InMemoryArticleStore;

/** Starts a server on a random loopback port over the invented demo articles. */
final class DemoServer {

  private DemoServer() {}

  static WebServer start() {
    WebServer server = WebServer.builder().store(new InMemoryArticleStore()).port(0).accessLog(false)
        .shutdownGrace(Duration.ZERO).build().start();
    int status = new ApiClient(server.uri()).post("/api/articles", "application/x-ndjson", ApiClient.demoJsonLines())
        .statusCode();
    assertThat(status).isEqualTo(201);
    return server;
  }
}
