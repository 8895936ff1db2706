package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The "trace this" form over HTTP: an uploaded, URL-less HTML page and its limits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceUploadIT {

  private static final String BOUNDARY = "wiretrace-test-boundary-7f3a";
  private static final String PAGE = """
      <!DOCTYPE html><html><head><title>Saved page</title><script>var tracking = 1;</script></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Bridge reopens after storm</h1>
      <p>Crews removed the debris and reopened both lanes by early afternoon, the department said.</p>
      <p>The bridge carries about 40,000 vehicles a day and is the only road link between the harbour district
      and the northern suburbs.</p>
      <p>Valdor said the council would vote next month on a plan to install wind barriers along the span.</p>
      </article><footer>Copyright notice of a saved page</footer></body></html>
      """;

  private WebServer server;
  private ApiClient client;

  @BeforeAll
  void start() {
    server = DemoServer.start();
    client = new ApiClient(server.uri());
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void upload_htmlPageFindsWire() {
    HttpResponse<String> response = upload("saved page.html", "text/html", PAGE);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
    assertThat(response.body()).contains("likely sources found").contains("/articles/wire-001")
        .doesNotContain("var tracking");
  }

  @Test
  void upload_unknownFileTypeIs415() {
    HttpResponse<String> response = upload("scan.pdf", "application/pdf", "%PDF-1.7");
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("not an HTML or text file");
  }

  @Test
  void upload_emptyFormIs400() {
    HttpResponse<String> response = client.send(client.request("/trace")
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString("text=&title=")).build());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("nothing to trace").contains("<!DOCTYPE html>");
  }

  @Test
  void upload_tooLargeIs413() {
    WebServer small = WebServer.builder().store(new org.wiretrace.store.InMemoryArticleStore()).port(0)
        .maxBodyBytes(4096).accessLog(false).shutdownGrace(java.time.Duration.ZERO).build().start();
    try {
      HttpResponse<String> response = new ApiClient(small.uri()).send(multipart(small, "big.html", "text/html",
          "<p>" + "word ".repeat(5000) + "</p>"));
      assertThat(response.statusCode()).isEqualTo(413);
    } finally {
      small.stop();
    }
  }

  private HttpResponse<String> upload(String fileName, String type, String content) {
    return client.send(multipart(server, fileName, type, content));
  }

  private static HttpRequest multipart(WebServer target, String fileName, String type, String content) {
    String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n\r\n"
        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n"
        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: " + type + "\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    return HttpRequest.newBuilder(target.uri().resolve("/trace"))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
  }
}
