package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An unexpected failure becomes a 500 problem with an incident id, never a stack trace. */
class ErrorMappingIT {

  /** A store whose count fails the way a broken index would. */
  static final class BrokenStore extends GracefulStopIT.SlowStore {
    @Override
    public int count() {
      throw new IllegalStateException("index file segments_7 is corrupt at /secret/path");
    }
  }

  @Test
  void unexpectedFailure_is500Problem() {
    try (WebServer server = WebServer.builder().store(new BrokenStore()).port(0).accessLog(false)
        .shutdownGrace(Duration.ZERO).build().start()) {
      ApiClient client = new ApiClient(server.uri());
      HttpResponse<String> api = client.get("/health");
      ArticlesApiIT.assertProblem(api, 500, "incident");
      assertThat(api.body()).doesNotContain("segments_7").doesNotContain("/secret/path");
      HttpResponse<String> page = client.send(client.request("/articles").header("Accept", "text/html").GET().build());
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body()).contains("<!DOCTYPE html>").contains("incident").doesNotContain("segments_7");
    }
  }

  @Test
  void unknownPage_isHtmlProblemForBrowsers() {
    try (WebServer server = WebServer.builder().store(new GracefulStopIT.SlowStore()).port(0).accessLog(false)
        .shutdownGrace(Duration.ZERO).build().start()) {
      ApiClient client = new ApiClient(server.uri());
      HttpRequest request = client.request("/no/such/page").header("Accept", "text/html").GET().build();
      HttpResponse<String> page = client.send(request);
      assertThat(page.statusCode()).isEqualTo(404);
      assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
      assertThat(page.body()).contains("404 Not Found");
    }
  }
}
