package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import org.wiretrace.web.Html.Tag;

/**
 * The frame of every page: head with the local style sheet and script files (no CDN, no inline
 * code), the navigation bar, and the main content.
 */
final class Layout {

  private Layout() {}

  /**
   * Renders a whole page.
   *
   * @param title the page title, untrusted text is fine
   * @param main the page content
   * @return the HTML document
   */
  static String page(String title, Tag main) {
    Tag head = tag("head").add(
        tag("meta").attr("charset", "utf-8"),
        tag("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"),
        tag("title").text(title + " · Wiretrace"),
        tag("link").attr("rel", "icon").attr("href", "/static/favicon.svg").attr("type", "image/svg+xml"),
        tag("link").attr("rel", "stylesheet").attr("href", "/static/wiretrace.css"),
        tag("script").attr("src", "/static/wiretrace.js").attr("defer", "defer"));
    Tag body = tag("body").add(navigation(), main.cls("page"), footer());
    return "<!DOCTYPE html>\n" + tag("html").attr("lang", "en").add(head, body);
  }

  private static Tag navigation() {
    return tag("header").cls("top").add(
        tag("a").cls("brand").attr("href", "/").text("Wiretrace"),
        tag("nav").add(
            tag("a").attr("href", "/").text("Stories"),
            tag("a").attr("href", "/articles").text("Articles"),
            tag("a").attr("href", "/compare").text("Compare"),
            tag("a").attr("href", "/trace").text("Trace this"),
            tag("a").attr("href", "/api/openapi.json").text("API")));
  }

  private static Tag footer() {
    return tag("footer").cls("bottom")
        .text("Wiretrace: who copied whom, how, and what did the copy change.");
  }
}
