package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wiretrace.store.InMemoryArticleStore;

/** The optional token guards write endpoints only. */
class TokenIT {

  private static final String TOKEN = "s3cret-token-for-tests";
  private WebServer server;
  private ApiClient client;

  @BeforeEach
  void start() {
    server = WebServer.builder().store(new InMemoryArticleStore()).port(0).token(TOKEN).accessLog(false).build().start();
    client = new ApiClient(server.uri());
  }

  @AfterEach
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
