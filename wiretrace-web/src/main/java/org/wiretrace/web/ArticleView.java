package org.wiretrace.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.StrippedChrome;

/** JSON shapes of articles in the API. */
final class ArticleView {

  private ArticleView() {}

  /**
   * An article in full.
   *
   * @param id the id
   * @param url the URL, when known
   * @param title the headline, when known
   * @param outlet the publisher, when known
   * @param published the publication time, when known
   * @param text the original body text
   * @param sentences the sentences with offsets into {@code text}
   * @param stripped site chrome removed from the cleaned text
   * @param extra other metadata
   * @param origin where it was read from
   */
  record Full(String id, @Nullable String url, @Nullable String title, @Nullable String outlet,
      @Nullable Published published, String text, List<SentenceView> sentences,
      List<ChromeView> stripped, Map<String, String> extra, @Nullable String origin) {}

  /**
   * An article in a list.
   *
   * @param id the id
   * @param title the headline, when known
   * @param outlet the publisher, when known
   * @param published ISO publication time, when known
   * @param sentences how many sentences it has
   * @param characters how long its text is
   */
  record Summary(String id, @Nullable String title, @Nullable String outlet, @Nullable String published,
      int sentences, int characters) {}

  /**
   * A publication time.
   *
   * @param iso ISO-8601 text
   * @param dateOnly true when only the day is known
   * @param foundIn {@code metadata} or {@code text}
   */
  record Published(String iso, boolean dateOnly, String foundIn) {}

  /**
   * A sentence.
   *
   * @param index position from 0
   * @param paragraph paragraph index from 0
   * @param start first character in the article text
   * @param end end character, exclusive
   * @param heading whether it is a heading line
   */
  record SentenceView(int index, int paragraph, int start, int end, boolean heading) {}

  /**
   * Stripped site chrome.
   *
   * @param kind what it is
   * @param start first character
   * @param end end character, exclusive
   * @param text the removed characters
   * @param reason why it was removed
   */
  record ChromeView(String kind, int start, int end, String text, String reason) {}

  static Full full(Article a) {
    return new Full(a.id().value(), a.url(), a.title(), outlet(a), published(a.published()), a.text(),
        a.sentences().stream().map(ArticleView::sentence).toList(),
        a.stripped().stream().map(ArticleView::chrome).toList(), a.extra(), a.origin());
  }

  static Summary summary(Article a) {
    PublishedTime p = a.published();
    return new Summary(a.id().value(), a.title(), outlet(a), p == null ? null : p.iso(),
        a.sentences().size(), a.text().length());
  }

  private static @Nullable String outlet(Article a) {
    return a.outlet() == null ? null : a.outlet().name();
  }

  private static @Nullable Published published(@Nullable PublishedTime p) {
    return p == null ? null : new Published(p.iso(), p.dateOnly(), p.foundIn());
  }

  private static SentenceView sentence(Sentence s) {
    return new SentenceView(s.index(), s.paragraph(), s.span().start(), s.span().end(), s.heading());
  }

  private static ChromeView chrome(StrippedChrome c) {
    return new ChromeView(c.kind().name(), c.span().start(), c.span().end(), c.text(), c.reason());
  }
}
