package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wiretrace.store.InMemoryArticleStore;

/**
 * Ingests an article whose title, body, URL and outlet carry script and HTML injection, opens every
 * page that shows it in a real browser, and checks that nothing executes and the text shows as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionBrowserIT {

  static final String EVIL_TITLE = "<script>window.__pwned='title'</script><b>Bold</b> claim";
  static final String EVIL_BODY = String.join("\n",
      "A first sentence with <img src=x onerror=\"window.__pwned='img'\"> inside.",
      "Then \"><svg onload=window.__pwned='svg'> breaks out of an attribute.",
      "And </span></p><script>window.__pwned='body'</script> closes tags early.",
      "Finally <a href=\"javascript:window.__pwned='link'\">a link</a> and <iframe src=\"/\"></iframe>.");

  private WebServer server;
  private BrowserSession browser;

  @BeforeAll
  void start() {
    browser = BrowserSession.open();
    server = WebServer.builder().store(new InMemoryArticleStore()).port(0).accessLog(false)
        .shutdownGrace(Duration.ZERO).build().start();
    String article = "{\"id\":\"evil<1>\",\"title\":" + quote(EVIL_TITLE) + ",\"text\":" + quote(EVIL_BODY)
        + ",\"url\":\"javascript:window.__pwned='url'\",\"outlet\":\"<i>outlet</i>\",\"published\":\"2026-01-01\"}";
    String copy = "{\"id\":\"evil<2>\",\"title\":" + quote(EVIL_TITLE + " (copy)") + ",\"text\":"
        + quote(EVIL_BODY + "\nA closing line <script>window.__pwned='copy'</script> the copy added.")
        + ",\"outlet\":\"<svg onload=window.__pwned=5>\",\"published\":\"2026-01-02\"}";
    assertThat(new ApiClient(server.uri()).post("/api/articles", "application/json", "[" + article + "," + copy + "]")
        .statusCode()).isEqualTo(201);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void articlePage_injectionShownAsText() {
    Page page = browser.newPage();
    page.navigate(server.uri().resolve("/articles/evil%3C1%3E").toString());
    assertNothingExecuted(page);
    assertThat(page.locator("h1.article-title").textContent()).isEqualTo(EVIL_TITLE);
    assertThat(page.locator(".article-body").textContent()).contains("<img src=x onerror=");
    assertThat(page.locator("main img, main iframe, main svg, .article-body b, h1 b, dl.meta i, dl.meta b").count()).isZero();
    assertThat(page.locator("a[href^='javascript']").count()).isZero();
    assertThat(page.title()).contains("<script>");
    BrowserSession.screenshot(page, "article-injection");
  }

  @Test
  void articleList_injectionShownAsText() {
    Page page = browser.newPage();
    page.navigate(server.uri().resolve("/articles?q=%3Cscript%3E").toString());
    assertNothingExecuted(page);
    assertThat(page.locator("table.list tbody tr")).isNotNull();
    assertThat(page.locator("table.list tbody a").first().textContent()).isEqualTo(EVIL_TITLE);
    assertThat(page.locator("input[name=q]").inputValue()).isEqualTo("<script>");
  }

  @Test
  void errorPage_reflectedPathEscaped() {
    Page page = browser.newPage();
    page.navigate(server.uri().resolve("/articles/%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E").toString());
    assertNothingExecuted(page);
    assertThat(page.locator("main img").count()).isZero();
    assertThat(page.locator("h1").textContent()).contains("404");
  }

  @Test
  void storyAndComparePages_injectionShownAsText() {
    String storyId = ApiClient.json(new ApiClient(server.uri()).get("/api/stories?q=evil")).at("/stories/0/id").asText();
    assertThat(storyId).isNotBlank();
    Page story = browser.newPage();
    story.navigate(server.uri().resolve(Formats.storyHref(storyId)).toString());
    assertNothingExecuted(story);
    assertThat(story.locator("svg.graph g.node").count()).isEqualTo(2);
    assertThat(story.locator("svg.graph g.node text").first().textContent()).startsWith("<script>");
    Page compare = browser.newPage();
    compare.navigate(server.uri().resolve("/compare?a=evil%3C1%3E&b=evil%3C2%3E").toString());
    assertNothingExecuted(compare);
    assertThat(compare.locator(".compare-col img, .compare-col svg, .compare-col iframe").count()).isZero();
    assertThat(compare.locator("#col-derived").textContent()).contains("<script>window.__pwned='copy'</script>");
    BrowserSession.screenshot(compare, "compare-injection");
  }

  @Test
  void tracePage_pastedInjectionShownAsText() {
    Page page = browser.newPage();
    page.navigate(server.uri().resolve("/trace").toString());
    page.locator("#trace-title").fill(EVIL_TITLE);
    page.locator("#trace-text").fill(EVIL_BODY);
    page.locator("form.trace-form button[type=submit]").click();
    page.waitForSelector("h1:has-text('Likely sources')");
    assertNothingExecuted(page);
    assertThat(page.locator("main img, main iframe").count()).isZero();
  }

  private void assertNothingExecuted(Page page) {
    assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
    List<String> errors = browser.consoleErrors.stream()
        .filter(e -> !e.contains("404") && !e.contains("Not Found")).toList();
    assertThat(errors).as("console errors (a CSP violation means an injection reached the DOM)").isEmpty();
  }

  private static String quote(String s) {
    try {
      return Json.MAPPER.writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
