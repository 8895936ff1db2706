package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks the app in headless Chromium over the invented demo articles: stories, a story's provenance
 * graph, a side-by-side comparison with its highlights and flags, an article's provenance and the
 * "trace this" form. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryBrowserIT {

  private WebServer server;
  private BrowserSession browser;

  @BeforeAll
  void start() {
    browser = BrowserSession.open();
    server = DemoServer.start();
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

  private Page open(String path) {
    Page page = browser.newPage();
    page.navigate(server.uri().resolve(path).toString());
    return page;
  }

  @Test
  void stories_openStoryShowsGraph() {
    Page page = open("/");
    page.getByText("Storm closes Port Alder bridge for hours").first().click();
    page.waitForURL("**/stories/**");
    Locator graph = page.locator("svg.graph");
    assertThat(graph.isVisible()).isTrue();
    int members = page.locator("main table.list").first().locator("tbody tr").count();
    assertThat(page.locator("svg.graph g.node").count()).isEqualTo(members).isGreaterThanOrEqualTo(3);
    assertThat(page.locator("svg.graph g.edge").count()).isGreaterThanOrEqualTo(2);
    assertThat(page.locator("svg.graph g.node.root text").first().textContent()).startsWith("Storm closes");
    Locator tree = page.locator("ul.tree li");
    assertThat(tree.count()).isEqualTo(members);
    assertThat(tree.first().textContent()).contains("Storm closes");
    assertThat(page.locator("ul.tree li span.pill").count()).isGreaterThanOrEqualTo(2);
    BrowserSession.screenshot(page, "story");
    assertThat(browser.consoleErrors).isEmpty();
  }

  @Test
  void compare_highlightsPartnersAndShowsFlags() {
    Page page = open("/compare?a=wire-001&b=farm-003");
    Locator derived = page.locator("#col-derived .seg[data-pair]");
    assertThat(derived.count()).isGreaterThanOrEqualTo(4);
    assertThat(page.locator("#col-source .seg[data-pair]").count()).isGreaterThanOrEqualTo(4);
    Locator first = derived.first();
    String pair = first.getAttribute("data-pair");
    first.hover();
    assertThat(page.locator("#col-source .seg.active[data-pair='" + pair + "']").count()).isEqualTo(1);
    assertThat(first.getAttribute("class")).contains("active");
    Locator flags = page.locator("#col-derived .seg .flag");
    assertThat(flags.count()).as("change flags shown inline").isGreaterThanOrEqualTo(1);
    assertThat(flags.first().isVisible()).isTrue();
    assertThat(page.locator("#col-derived .seg .flag-note").first().textContent()).isNotBlank();
    assertThat(page.locator("mark.changed").count()).isGreaterThanOrEqualTo(2);
    assertThat(page.locator(".verdict").textContent()).contains("Storm closes Port Alder bridge");
    BrowserSession.screenshot(page, "compare");
    assertThat(browser.consoleErrors).isEmpty();
  }

  @Test
  void storyReport_selfContainedAndStyled() {
    Page page = open("/");
    page.getByText("Storm closes Port Alder bridge for hours").first().click();
    page.waitForURL("**/stories/**");
    page.getByText("Self-contained HTML report of this story").click();
    page.waitForURL("**/report.html");
    Locator verbatim = page.locator("table.sbs td.verbatim").first();
    assertThat(verbatim.isVisible()).isTrue();
    // the inline style sheet is allowed by its CSP hash, so the colours apply
    assertThat(verbatim.evaluate("el => getComputedStyle(el).backgroundColor")).isEqualTo("rgb(207, 232, 213)");
    assertThat(page.locator("script").count()).isZero();
    BrowserSession.screenshot(page, "story-report");
    assertThat(browser.consoleErrors).isEmpty();
  }

  @Test
  void compare_clickScrollsPartnerIntoView() {
    Page page = open("/compare?a=wire-001&b=daily-002");
    page.setViewportSize(1280, 500);
    Locator last = page.locator("#col-derived .seg[data-pair]").last();
    last.scrollIntoViewIfNeeded();
    last.click();
    String pair = last.getAttribute("data-pair");
    Locator partner = page.locator("#col-source .seg[data-pair='" + pair + "']");
    assertThat(partner.getAttribute("class")).contains("active");
    Object visible = partner.evaluate("el => { const c = el.closest('.compare-col').getBoundingClientRect();"
        + " const r = el.getBoundingClientRect(); return r.bottom > c.top && r.top < c.bottom; }");
    assertThat(visible).isEqualTo(true);
  }

  @Test
  void article_showsSourcesAndOriginality() {
    Page page = open("/articles/farm-003");
    Locator provenance = page.locator("section.provenance");
    assertThat(provenance.textContent()).contains("Its sources").contains("Storm closes Port Alder bridge");
    String originality = page.locator(".originality").textContent();
    assertThat(originality).startsWith("Originality: ").doesNotContain("Originality: 100%");
    BrowserSession.screenshot(page, "article");
  }

  @Test
  void trace_pastedTextFindsWire() {
    Page page = open("/trace");
    page.locator("#trace-text").fill("Local schools in the northern suburbs opened two hours late, the school board said.\n"
        + "Crews removed the debris and reopened both lanes by early afternoon, the department said.\n"
        + "Valdor said the council would vote next month on a plan to install wind barriers along the span.");
    page.locator("form.trace-form button[type=submit]").click();
    page.waitForSelector("section.trace-source");
    assertThat(page.locator("section.trace-source").count()).isGreaterThanOrEqualTo(1);
    assertThat(page.locator("main").textContent()).contains("likely sources found");
    BrowserSession.screenshot(page, "trace");
  }
}
