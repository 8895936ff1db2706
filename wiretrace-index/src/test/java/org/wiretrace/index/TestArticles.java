package org.wiretrace.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.text.ArticleFactory;

/** Invented articles for the store tests, made through {@link ArticleFactory} like real ones. */
final class TestArticles {

  private static final ArticleFactory FACTORY = new ArticleFactory();
  private static final String[] SYLLABLES = {
    "ka", "lo", "mer", "ti", "van", "su", "rol", "pe", "dan", "bri", "os", "tel", "mu", "gra", "fen",
    "ai", "zo", "quin", "har", "el"};
  private static final String[] OUTLETS = {"harbor-ledger.test", "valley-courier.test", "wire.example"};
  private static final String[] CHROME = {
    "Leave a comment", "More Stories", "Publish : 2031-04-02 09:15:00", "Share this article",
    "Reporting by Imaginary Desk"};

  private TestArticles() {}

  /**
   * Returns a short hand-written invented article with a title, an outlet and a published date.
   *
   * @param id the id
   * @return the article
   */
  static Article harbourStory(String id) {
    String text = """
        Harbour Council Delays Ferry Vote

        The Lumen Bay harbour council postponed its vote on the new ferry timetable on Tuesday, \
        citing "unfinished talks" with the two operators.
        Councillor Ada Venn said the delay would last about three weeks. Ferry users had collected \
        4,200 signatures against the proposed cuts.
        More Stories
        Leave a comment
        """;
    return FACTORY.create(new ArticleDraft(id, "https://harbor-ledger.test/ferry-vote", "Ferry vote delayed",
        new Outlet("harbor-ledger.test"), PublishedTime.parse("2031-03-04T08:30:00Z", "metadata").orElseThrow(),
        text, Map.of("section", "local", "author", "Imaginary Staff"), "fixtures/ferry.txt:1"));
  }

  /**
   * Returns an article with the given id and body text only.
   *
   * @param id the id
   * @param text the body
   * @return the article
   */
  static Article plain(String id, String text) {
    return FACTORY.create(ArticleDraft.of(id, text));
  }

  /**
   * Returns a random invented article of about the given number of words, with paragraphs, a
   * heading, chrome lines and random metadata (any of which may be absent).
   *
   * @param random the seeded source
   * @param id the id
   * @param words roughly how many body words
   * @return the article
   */
  static Article random(Random random, String id, int words) {
    Outlet outlet = random.nextInt(4) == 0 ? null : new Outlet(OUTLETS[random.nextInt(OUTLETS.length)]);
    PublishedTime published = random.nextInt(4) == 0 ? null : published(random);
    Map<String, String> extra = new TreeMap<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      extra.put("field" + random.nextInt(10), word(random) + " " + word(random));
    }
    String title = random.nextBoolean() ? sentence(random, 6) : null;
    String origin = random.nextBoolean() ? "feed-" + random.nextInt(9) + ".jsonl:" + random.nextInt(999) : null;
    String url = random.nextBoolean() ? "https://" + OUTLETS[random.nextInt(OUTLETS.length)] + "/" + id : null;
    return FACTORY.create(new ArticleDraft(id, url, title, outlet, published, body(random, words), extra, origin));
  }

  private static PublishedTime published(Random random) {
    Instant instant = Instant.parse("2030-01-01T00:00:00Z").plusSeconds(random.nextInt(300_000_000));
    String iso = random.nextBoolean()
        ? instant.atOffset(ZoneOffset.UTC).toLocalDate().toString()
        : instant.atOffset(ZoneOffset.ofHours(random.nextInt(12))).toString();
    return PublishedTime.parse(iso, random.nextBoolean() ? "metadata" : "text").orElseThrow();
  }

  private static String body(Random random, int words) {
    List<String> lines = new ArrayList<>();
    if (random.nextBoolean()) {
      lines.add(sentence(random, 4).replace(".", ""));
    }
    int written = 0;
    while (written < words) {
      StringBuilder paragraph = new StringBuilder();
      for (int s = 1 + random.nextInt(4); s > 0; s--) {
        int n = 5 + random.nextInt(20);
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence(random, n));
        written += n;
      }
      lines.add(paragraph.toString());
      if (random.nextInt(5) == 0) {
        lines.add(CHROME[random.nextInt(CHROME.length)]);
      }
    }
    return String.join(random.nextBoolean() ? "\n" : "\n\n", lines) + (random.nextBoolean() ? "\n" : "");
  }

  private static String sentence(Random random, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = word(random);
      out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
      if (i == words / 2 && random.nextInt(6) == 0) {
        out.append(", ").append(random.nextInt(9000)).append(" \"").append(word(random)).append('"');
      }
    }
    return out.append(random.nextInt(8) == 0 ? "?" : ".").toString();
  }

  private static String word(Random random) {
    StringBuilder w = new StringBuilder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }
}
