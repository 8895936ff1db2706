package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.StrippedChrome;
import org.wiretrace.text.ReadingView;

/** Renders one article for {@code wiretrace show}, as text or as a JSON-ready map. */
final class ArticleView {

  private ArticleView() {}

  /**
   * Returns the article as ordered maps and lists, ready for JSON.
   *
   * @param article the article
   * @return its fields, sentences (with offsets) and stripped chrome
   */
  static Map<String, Object> of(Article article) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", article.id().value());
    view.put("url", article.url());
    view.put("title", article.title());
    view.put("outlet", article.outlet() == null ? null : article.outlet().name());
    view.put("published", article.published() == null ? null : article.published().iso());
    view.put("publishedFoundIn", article.published() == null ? null : article.published().foundIn());
    view.put("origin", article.origin());
    view.put("extra", article.extra());
    view.put("characters", article.text().length());
    view.put("paragraphs", article.paragraphs().size());
    view.put("sentences", article.sentences().stream().map(ArticleView::sentence).toList());
    view.put("stripped", article.stripped().stream().map(ArticleView::chrome).toList());
    return view;
  }

  private static Map<String, Object> sentence(Sentence s) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("index", s.index());
    view.put("paragraph", s.paragraph());
    view.put("start", s.span().start());
    view.put("end", s.span().end());
    view.put("heading", s.heading());
    view.put("text", s.text());
    return view;
  }

  private static Map<String, Object> chrome(StrippedChrome c) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", c.kind().name());
    view.put("start", c.span().start());
    view.put("end", c.span().end());
    view.put("text", c.text());
    view.put("reason", c.reason());
    return view;
  }

  /**
   * Prints the article for a person: metadata, then sentences, then stripped chrome.
   *
   * @param out where to print
   * @param article the article
   */
  static void print(PrintWriter out, Article article) {
    printMetadata(out, article);
    out.println();
    out.println("Sentences (" + article.sentences().size() + "; index, paragraph, [start, end) in the original text; H = heading):");
    for (Sentence s : article.sentences()) {
      out.printf("  %3d  p%-3d %-14s %s %s%n", s.index(), s.paragraph(), s.span(), s.heading() ? "H" : " ",
          ReadingView.withoutFillers(s.text()));
    }
    out.println();
    printChrome(out, article.stripped());
    out.flush();
  }

  private static void printMetadata(PrintWriter out, Article article) {
    field(out, "id", article.id().value());
    field(out, "title", article.title());
    field(out, "outlet", article.outlet() == null ? null : article.outlet().name());
    field(out, "published", article.published() == null ? null
        : article.published().iso() + " (from " + article.published().foundIn() + ")");
    field(out, "url", article.url());
    field(out, "origin", article.origin());
    article.extra().forEach((key, value) -> field(out, key, value));
    field(out, "text", article.text().length() + " characters, " + article.paragraphs().size()
        + " paragraphs, " + article.sentences().size() + " sentences");
  }

  private static void printChrome(PrintWriter out, List<StrippedChrome> stripped) {
    if (stripped.isEmpty()) {
      out.println("Stripped chrome: none");
      return;
    }
    out.println("Stripped chrome (" + stripped.size() + "; kind, [start, end), text, reason):");
    for (StrippedChrome c : stripped) {
      out.printf("  %-18s %-14s \"%s\"  (%s)%n", c.kind(), c.span(), c.text(), c.reason());
    }
  }

  private static void field(PrintWriter out, String name, @Nullable String value) {
    out.printf("%-12s %s%n", name, value == null ? "-" : value);
  }
}
