package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded demo corpus of invented articles for load tests: the five demo articles, then stories
 * made of an invented wire text and rewrites of it (words swapped, sentences dropped or added),
 * plus unrelated articles. Deterministic for a seed.
 */
final class DemoCorpus {

  private static final String[] SUBJECTS = {"The council", "Harbour officials", "The water board", "Police",
      "The mayor's office", "Rail operators", "Fire crews", "The school board", "A court", "Local traders"};
  private static final String[] VERBS = {"approved", "delayed", "rejected", "announced", "reviewed", "cancelled",
      "extended", "funded", "inspected", "reopened"};
  private static final String[] OBJECTS = {"a new ferry route", "the budget for road repairs", "plans for a stadium",
      "the night bus service", "a flood barrier", "the market hall", "a cycling bridge", "the summer festival",
      "the old lighthouse", "a housing scheme"};
  private static final String[] TAILS = {"after a long debate", "on Tuesday evening", "despite protests",
      "for the third time this year", "at a packed meeting", "with little notice", "citing rising costs",
      "after an inspection", "following complaints", "before the holidays"};
  private static final String[][] SWAPS = {{"approved", "backed"}, {"delayed", "postponed"}, {"announced", "revealed"},
      {"new", "fresh"}, {"plans", "proposals"}, {"meeting", "gathering"}, {"costs", "expenses"}, {"old", "ancient"}};

  private DemoCorpus() {}

  /** Ingests the corpus through the API and returns the ids. */
  static List<String> load(URI base, int size, long seed) {
    ApiClient client = new ApiClient(base);
    assertThat(client.post("/api/articles", "application/x-ndjson", ApiClient.demoJsonLines()).statusCode()).isEqualTo(201);
    List<String> lines = articles(size - 5, seed);
    List<String> ids = new ArrayList<>(List.of("wire-001", "daily-002", "farm-003", "herald-004", "library-005"));
    for (String line : lines) {
      ids.add(line.substring(line.indexOf("\"id\":\"") + 6, line.indexOf("\",")));
    }
    assertThat(client.post("/api/articles", "application/x-ndjson", String.join("\n", lines)).statusCode()).isEqualTo(201);
    return ids;
  }

  static List<String> articles(int count, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    int story = 0;
    while (out.size() < count) {
      List<String> original = sentences(random, 6 + random.nextInt(5));
      out.add(line("s" + story + "-wire", story, 0, original));
      int copies = random.nextInt(4);
      for (int c = 1; c <= copies && out.size() < count; c++) {
        out.add(line("s" + story + "-copy" + c, story, c, rewrite(original, random)));
      }
      story++;
    }
    return out.subList(0, count);
  }

  private static List<String> sentences(Random random, int n) {
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sentences.add(pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
          + pick(random, TAILS) + ", according to " + (1 + random.nextInt(90)) + " residents.");
    }
    return sentences;
  }

  private static List<String> rewrite(List<String> original, Random random) {
    List<String> out = new ArrayList<>();
    for (String s : original) {
      if (random.nextInt(8) == 0) {
        continue;
      }
      for (String[] swap : SWAPS) {
        if (random.nextBoolean()) {
          s = s.replace(swap[0], swap[1]);
        }
      }
      out.add(s);
    }
    out.add(sentences(random, 1).getFirst());
    return out;
  }

  private static String line(String id, int story, int copy, List<String> sentences) {
    return "{\"id\":\"" + id + "\",\"title\":\"Demo story " + story + " version " + copy + "\",\"outlet\":\"outlet"
        + copy + ".example\",\"published\":\"2026-04-" + String.format(java.util.Locale.ROOT, "%02d", 1 + story % 28)
        + "T" + String.format(java.util.Locale.ROOT, "%02d", 6 + copy) + ":00:00Z\",\"text\":\""
        + String.join("\\n", sentences).replace("\"", "\\\"") + "\"}";
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }
}
