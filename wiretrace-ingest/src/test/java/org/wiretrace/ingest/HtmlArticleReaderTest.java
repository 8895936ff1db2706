package org.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.Article;

class HtmlArticleReaderTest {

  private IngestResult read(String name, byte[] bytes) throws IOException {
    return IngestResult.stream(Ingestor.builder(), name, new java.io.ByteArrayInputStream(bytes));
  }

  private IngestResult readResource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/ingest/" + name))) {
      return read(name, in.readAllBytes());
    }
  }

  @Test
  void read_pageWithChromeKeepsOnlyArticleText() throws IOException {
    IngestResult r = readResource("page.html");
    Article a = r.articles.getFirst();
    assertThat(a.id().value()).isEqualTo("page");
    assertThat(a.title()).isEqualTo("Harbor bridge reopens after eleven weeks of repairs");
    assertThat(a.url()).isEqualTo("https://www.dailyplanet.example/news/harbor-bridge");
    assertThat(a.outlet().name()).isEqualTo("dailyplanet.example");
    assertThat(a.published().iso()).isEqualTo("2024-05-02T08:30+02:00");
    assertThat(a.extra()).containsEntry("site_name", "The Daily Planet");
    String text = a.text();
    assertThat(text).contains("The Harbor Street bridge reopened on Thursday",
        "City engineer Dana Okafor", "Traffic returns", "back to its usual weekday levels");
    assertThat(text).doesNotContain("Advertisement", "Share on Facebook", "Ferry fares", "Most read",
        "newsletter", "All rights reserved", "Injected", "trackRead", "font-family", "Photo: Planet",
        "News", "April 30");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(r.summary.problems()).isEmpty();
  }

  @Test
  void read_headlineInsideArticleIsNotBodyText() throws IOException {
    String html = "<html><head><meta property='og:title' content='Ferry fares rise again'></head><body><article>"
        + "<h1>Ferry fares rise again</h1><p>The harbor ferry will cost more from June, the operator said.</p>"
        + "<p>Riders were told on Monday that a single ticket goes up by forty cents.</p></article></body></html>";
    Article a = read("fares.html", html.getBytes(StandardCharsets.UTF_8)).articles.getFirst();
    assertThat(a.title()).isEqualTo("Ferry fares rise again");
    assertThat(a.text()).startsWith("The harbor ferry");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void read_commentsAndSidebarsDoNotWinOverTheStory() throws IOException {
    String comment = "<p>I have ridden this ferry for twenty years and I think the new fares are unfair to everyone.</p>";
    String html = "<html><body><div class='entry-content'>"
        + "<p>The harbor ferry will cost more from June, the operator said on Monday morning.</p>"
        + "<p>A single ticket goes up by forty cents; monthly passes rise by six dollars.</p></div>"
        + "<div id='comments' class='comments-area'>" + comment.repeat(6) + "</div>"
        + "<div class='sidebar widget'><p>About us: the Daily Planet has covered the harbor since 1921 and"
        + " still prints a Sunday edition.</p></div></body></html>";
    Article a = read("wp.html", html.getBytes(StandardCharsets.UTF_8)).articles.getFirst();
    assertThat(a.text()).contains("forty cents").doesNotContain("twenty years", "About us");
  }

  @Test
  void read_pageWithoutParagraphsIsNoMainText() throws IOException {
    IngestResult r = read("empty.html", "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(r.articles).isEmpty();
    assertThat(r.reasons()).containsExactly(ProblemReason.NO_MAIN_TEXT);
  }

  @Test
  void read_plainDivPageUsesTextDensity() throws IOException {
    String html = "<html><body><div id='menu'><a href='/a'>Home</a> | <a href='/b'>World</a></div>"
        + "<div class='col'><div>Short teaser</div></div>"
        + "<div class='col2'><p>The first long paragraph of the story tells what happened at the harbor.</p>"
        + "<p>The second long paragraph adds the reaction of the harbor master and the workers.</p></div>"
        + "</body></html>";
    IngestResult r = read("divs.htm", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.articles.getFirst().paragraphs()).hasSize(2);
    assertThat(r.articles.getFirst().text()).doesNotContain("Home", "teaser");
  }

  @Test
  void read_jsonLdDateAndTimeElementFallbacks() throws IOException {
    String ld = "<html><head><script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Graph headline\",\"datePublished\":\"2023-03-21T10:03:00Z\"}]}"
        + "</script></head><body><article><p>A long enough paragraph for the story body to count here.</p>"
        + "</article></body></html>";
    Article a = read("ld.html", ld.getBytes(StandardCharsets.UTF_8)).articles.getFirst();
    assertThat(a.published().iso()).isEqualTo("2023-03-21T10:03Z");
    assertThat(a.title()).isEqualTo("Graph headline");
    String time = "<html><body><article><time datetime='2022-11-05'>Nov 5</time>"
        + "<p>A long enough paragraph for the story body to count here.</p></article></body></html>";
    Article b = read("time.html", time.getBytes(StandardCharsets.UTF_8)).articles.getFirst();
    assertThat(b.published().iso()).isEqualTo("2022-11-05");
    assertThat(b.published().dateOnly()).isTrue();
  }

  @Test
  void read_hostileScriptsAreDropped() throws IOException {
    String html = "<html><body><article><p>Real paragraph with enough words to be the story body.</p>"
        + "<script>document.write('<p>fake</p>'); var s = '</script><p>After script</p>"
        + "<noscript><p>Enable JavaScript to read this site properly today</p></noscript>"
        + "<p onclick=\"alert(1)\">Second real paragraph, also with plenty of words.</p>"
        + "<iframe src='https://ads.example/'><p>frame text</p></iframe></article></body></html>";
    String text = read("hostile.html", html.getBytes(StandardCharsets.UTF_8)).articles.getFirst().text();
    assertThat(text).contains("Real paragraph", "After script", "Second real paragraph")
        .doesNotContain("fake", "JavaScript", "frame text", "alert");
  }

  @Test
  void read_undeclaredLatin1IsDetected() throws IOException {
    String html = "<html><body><p>Les caf\u00e9s du port \u00e9taient pleins, et le ma\u00eetre du port a"
        + " d\u00e9clar\u00e9 que la saison \u00e9tait tr\u00e8s bonne cette ann\u00e9e.</p></body></html>";
    IngestResult r = read("latin.html", html.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(r.articles.getFirst().text()).contains("caf\u00e9s", "ma\u00eetre");
    assertThat(r.reasons()).containsExactly(ProblemReason.CHARSET_DECODED);
  }

  @Test
  void read_deeplyNestedPageDoesNotOverflow() throws IOException {
    int depth = 5_000; // 100,000 runs in HostileInputIT
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth)).append("<p>Deep paragraph text that is long enough to count.</p>")
        .append("</div>".repeat(depth)).append("<p>Shallow paragraph text that is long enough to count.</p>")
        .append("</body></html>");
    IngestResult r = read("deep.html", html.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(r.summary.problems()).isEmpty();
    assertThat(r.articles.getFirst().text()).contains("Shallow paragraph");
  }
}
