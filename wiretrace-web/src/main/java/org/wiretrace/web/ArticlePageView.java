package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wiretrace.model.Article;
import java.util.List;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.web.Html.Tag;

/** Renders the article page: metadata, then the body sentence by sentence. */
final class ArticlePageView {

  private ArticlePageView() {}

  static String title(Article a) {
    return a.title() != null ? a.title() : a.id().value();
  }

  /**
   * Returns the page path of an article, its id percent-encoded.
   *
   * @param a the article
   * @return e.g. {@code /articles/wire-001}
   */
  static String path(Article a) {
    return "/articles/" + encode(a.id().value());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static Tag link(Article a) {
    if (a.id().value().equals(TraceInput.QUERY_ID)) {
      return tag("span").cls("query").text(a.title() != null ? "your article “" + a.title() + "”" : "your article");
    }
    return tag("a").attr("href", path(a)).text(title(a));
  }

  static Tag render(Article a, Html.Node provenance) {
    return tag("main").add(
        tag("h1").cls("article-title").text(title(a)),
        metadata(a),
        provenance,
        body(a));
  }

  static Tag metadata(Article a) {
    Tag dl = tag("dl").cls("meta");
    item(dl, "Id", tag("code").text(a.id().value()));
    if (a.outlet() != null) {
      item(dl, "Outlet", Html.text(a.outlet().name()));
    }
    if (a.published() != null) {
      item(dl, "Published", Html.text(a.published().iso() + " (from " + a.published().foundIn() + ")"));
    }
    if (a.url() != null) {
      item(dl, "URL", Html.isSafeUrl(a.url())
          ? tag("a").cls("external").attr("href", a.url()).attr("rel", "noopener noreferrer nofollow").text(a.url())
          : tag("span").cls("unsafe-url").text(a.url()));
    }
    item(dl, "Size", Html.text(a.sentences().size() + " sentences, " + a.text().length() + " characters"));
    return dl;
  }

  private static void item(Tag dl, String term, Html.Node value) {
    dl.add(tag("dt").text(term), tag("dd").add(value));
  }

  private static Tag body(Article a) {
    Tag body = tag("section").cls("article-body").add(tag("h2").text("Text"));
    for (int p = 0; p < a.paragraphs().size(); p++) {
      body.add(paragraph(a, p));
    }
    return body;
  }

  /** One paragraph in its original characters, each sentence wrapped in a span for linking. */
  private static Tag paragraph(Article a, int index) {
    Span span = a.paragraphs().get(index);
    List<Sentence> sentences = a.sentences().stream().filter(s -> s.paragraph() == index).toList();
    Tag p = tag(!sentences.isEmpty() && sentences.get(0).heading() ? "h3" : "p");
    int at = span.start();
    for (Sentence s : sentences) {
      p.text(a.text().substring(at, Math.max(at, s.span().start())));
      p.add(tag("span").cls("sentence").attr("id", "s" + s.index()).text(s.text()));
      at = Math.max(at, s.span().end());
    }
    return p.text(a.text().substring(at, Math.max(at, span.end())));
  }
}
