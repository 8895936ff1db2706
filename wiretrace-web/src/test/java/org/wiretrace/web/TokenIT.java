package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.wiretrace.store.InMemoryArticleStore;

/** The optional token guards write endpoints only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenIT {

  private static final String TOKEN = "s3cret-token-for-tests";
  private WebServer server;
  private ApiClient client;

  @BeforeAll
  void start() {
    server = WebServer.builder().store(new InMemoryArticleStore()).port(0).token(TOKEN).accessLog(false).shutdownGrace(Duration.ZERO).build().start();
    client = new ApiClient(server.uri());
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void ingest_withoutTokenIs401() {
    ArticlesApiIT.assertProblem(client.post("/api/articles", "application/json", "{\"text\":\"a.\"}"), 401, "token");
  }

  @Test
  void ingest_wrongTokenIs401() {
    assertThat(client.postWithToken("/api/articles", "{\"text\":\"a.\"}", "wrong-token-xx").statusCode()).isEqualTo(401);
  }

  @Test
  void ingest_withTokenStores() {
    assertThat(client.postWithToken("/api/articles", "{\"text\":\"a.\"}", TOKEN).statusCode()).isEqualTo(201);
  }

  @Test
  void reads_needNoToken() {
    assertThat(client.get("/api/articles").statusCode()).isEqualTo(200);
  }
}
