package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wiretrace.store.InMemoryArticleStore;

/** The JSON API over a real HTTP client on a random loopback port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticlesApiIT {

  private WebServer server;
  private ApiClient client;

  @BeforeAll
  void start() {
    server = WebServer.builder().store(new InMemoryArticleStore()).port(0).maxBodyBytes(64 * 1024)
        .accessLog(false).shutdownGrace(Duration.ZERO).build().start();
    client = new ApiClient(server.uri());
    HttpResponse<String> response = client.post("/api/articles", "application/x-ndjson", ApiClient.demoJsonLines());
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(ApiClient.json(response).get("added").asInt()).isEqualTo(5);
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void health_ok() {
    HttpResponse<String> response = client.get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(response).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void ingest_jsonLinesThenGet() {
    JsonNode article = ApiClient.json(client.get("/api/articles/farm-003"));
    assertThat(article.get("outlet").asText()).isEqualTo("newsfarm.example");
    assertThat(article.get("sentences").size()).isGreaterThan(5);
    assertThat(article.at("/published/iso").asText()).startsWith("2026-03-03T02:40");
  }

  @Test
  void ingest_sameAgainIsUnchanged() {
    String body = "{\"id\":\"x1\",\"text\":\"One sentence here.\"}";
    assertThat(client.post("/api/articles", "application/json", body).statusCode()).isEqualTo(201);
    HttpResponse<String> again = client.post("/api/articles", "application/json", body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(again).get("unchanged").asInt()).isEqualTo(1);
  }

  @Test
  void list_searchFilters() {
    JsonNode page = ApiClient.json(client.get("/api/articles?q=LIBRARY"));
    assertThat(page.get("articles")).hasSize(1);
    assertThat(page.at("/articles/0/id").asText()).isEqualTo("library-005");
    assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void get_unknownIdIsProblem404() {
    HttpResponse<String> response = client.get("/api/articles/nope");
    assertProblem(response, 404, "no article with id 'nope'");
  }

  @Test
  void get_encodedIdWithSpace() {
    client.post("/api/articles", "application/json", "{\"id\":\"a b\",\"text\":\"Body text.\"}");
    assertThat(client.get("/api/articles/a%20b").statusCode()).isEqualTo(200);
  }

  @Test
  void get_idWithSlashAndUnicode() {
    client.post("/api/articles", "application/json", "{\"id\":\"news/2026/caf\u00e9?x=1\",\"text\":\"Body text.\"}");
    HttpResponse<String> response = client.get("/api/articles/" + ArticlePageView.encode("news/2026/caf\u00e9?x=1"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(response).get("id").asText()).isEqualTo("news/2026/caf\u00e9?x=1");
    assertThat(client.get(ArticlePageView.path(ArticleInputsTest.article("news/2026/caf\u00e9?x=1"))).statusCode())
        .isEqualTo(200);
  }

  /** Issue 10: a folder tree gives ids such as {@code sport/001}; page, JSON and trace routes serve them. */
  @Test
  void get_folderTreeId() {
    client.post("/api/articles", "application/json", "{\"id\":\"sport/001\",\"text\":\"The match ended level.\"}");
    String encoded = ArticlePageView.encode("sport/001");
    assertThat(ApiClient.json(client.get("/api/articles/" + encoded)).get("id").asText()).isEqualTo("sport/001");
    assertThat(client.get("/articles/" + encoded).statusCode()).isEqualTo(200);
    assertThat(client.get("/api/articles/" + encoded + "/trace").statusCode()).isEqualTo(200);
  }

  @Test
  void ingest_badJsonIs400() {
    assertProblem(client.post("/api/articles", "application/json", "{\"text\": "), 400, "not valid JSON");
  }

  @Test
  void ingest_wrongMediaTypeIs415() {
    assertProblem(client.post("/api/articles", "text/plain", "hello"), 415, "Content-Type 'text/plain'");
  }

  @Test
  void ingest_tooLargeIs413() {
    String text = "word ".repeat(20_000);
    assertProblem(client.postExpectingRefusal("/api/articles", "application/json", "{\"text\":\"" + text + "\"}"),
        413, "exceeds");
  }

  @Test
  void ingest_invalidIdIs400() {
    String id = "x".repeat(600);
    assertProblem(client.post("/api/articles", "application/json", "{\"id\":\"" + id + "\",\"text\":\"t.\"}"),
        400, "none was stored");
  }

  @Test
  void unknownRouteIsProblem404() {
    assertProblem(client.get("/api/nothing-here"), 404, "nothing is served");
  }

  @Test
  void wrongMethodIsProblem405() {
    HttpResponse<String> response = client.send(client.request("/api/articles/x")
        .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(response.statusCode()).isIn(404, 405);
    assertThat(ApiClient.json(response).has("title")).isTrue();
  }

  @Test
  void responses_carrySecurityHeaders() {
    HttpResponse<String> response = client.get("/health");
    assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("Server")).isEmpty();
  }

  @Test
  void foreignHostHeaderIsRefused() throws IOException {
    // java.net.http will not send a forged Host header, so speak HTTP over a plain socket.
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.getOutputStream().write(("GET /health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(reply).startsWith("HTTP/1.1 421").contains("not this server").doesNotContain("\"articles\"");
    }
  }

  @Test
  void staticFiles_pathTraversalImpossible() {
    for (String path : new String[] {"/static/..%2f..%2fopenapi.json", "/static/%2e%2e/openapi.json",
        "/static/../org/wiretrace/web/openapi.json", "/static/..%5c..%5cpom.xml", "/static/wiretrace.css%00.js"}) {
      HttpResponse<String> response = client.get(path);
      assertThat(response.statusCode()).as(path).isBetween(400, 404);
      assertThat(response.body()).as(path).doesNotContain("\"paths\"").doesNotContain("<project");
    }
    assertThat(client.get("/static/wiretrace.css").statusCode()).isEqualTo(200);
  }

  @Test
  void openApi_served() {
    JsonNode doc = ApiClient.json(client.get("/api/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
  }

  static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("json");
    JsonNode problem = ApiClient.json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).contains(detailPart);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
