package org.wiretrace.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes an article about a story: a lede, then event details interleaved with generic reporting
 * (reactions, figures, background, quotes) until the target length, grouped into paragraphs of one
 * to three sentences. Templates in {@code excluded} and sentences in {@code forbidden} are avoided,
 * which is how an independent report of the same story shares facts but no sentences.
 */
final class StoryWriter {

  /** Stops a writer that cannot reach its length from looping forever on colliding sentences. */
  private static final int MAX_ATTEMPTS = 4000;

  private final TemplateBook book;

  StoryWriter(TemplateBook book) {
    this.book = book;
  }

  /** Writes an article of at least {@code targetWords} words (or as many as the templates allow). */
  ArticlePlan write(Story story, int targetWords, Set<String> excluded, Set<String> forbidden,
      SplittableRandom random) {
    List<PlannedSentence> sentences = sentences(story, targetWords, excluded, forbidden, random);
    Template headline = headline(story, excluded, random);
    String title = Fragments.text(headline.render(slot -> story.value(slot, random), random));
    return new ArticlePlan(story, title, headline.key(), paragraphs(sentences, random));
  }

  /** Writes {@code count} extra sentences about the story from templates not yet used. */
  List<PlannedSentence> extra(Story story, int count, Set<String> excluded, Set<String> forbidden,
      SplittableRandom random) {
    Deque<Template> pool = shuffled(book.generic(), excluded, random);
    List<PlannedSentence> out = new ArrayList<>();
    Set<String> seen = new HashSet<>(forbidden);
    while (out.size() < count && !pool.isEmpty()) {
      PlannedSentence s = render(pool.poll(), story, random);
      if (seen.add(s.text())) {
        out.add(s);
      }
    }
    return out;
  }

  private List<PlannedSentence> sentences(Story story, int targetWords, Set<String> excluded,
      Set<String> forbidden, SplittableRandom random) {
    Topic topic = story.topic();
    Deque<Template> ledes = shuffled(topic.ledes(), excluded, random);
    Deque<Template> details = shuffled(topic.details(), excluded, random);
    Deque<Template> generic = shuffled(book.generic(), excluded, random);
    List<PlannedSentence> out = new ArrayList<>();
    Set<String> seen = new HashSet<>(forbidden);
    int words = 0;
    for (int attempt = 0; words < targetWords && attempt < MAX_ATTEMPTS; attempt++) {
      Template t = next(out.size(), ledes, details, generic, topic, random);
      PlannedSentence s = render(t, story, random);
      if (seen.add(s.text())) {
        out.add(s);
        words += s.words();
      }
    }
    return out;
  }

  /** Picks the next template: the lede first, details at positions 1, 2 and every third, else generic. */
  private Template next(int position, Deque<Template> ledes, Deque<Template> details, Deque<Template> generic,
      Topic topic, SplittableRandom random) {
    if (position == 0) {
      return ledes.isEmpty() ? Story.pick(topic.ledes(), random) : ledes.poll();
    }
    boolean detailTurn = position <= 2 || position % 3 == 0;
    if (detailTurn && !details.isEmpty()) {
      return details.poll();
    }
    if (!generic.isEmpty()) {
      return generic.poll();
    }
    if (!details.isEmpty()) {
      return details.poll();
    }
    // Every template used once: reuse them; their choices still vary the wording.
    return random.nextBoolean() ? Story.pick(book.generic(), random) : Story.pick(topic.details(), random);
  }

  private static PlannedSentence render(Template t, Story story, SplittableRandom random) {
    return new PlannedSentence(t.key(), t.render(slot -> story.value(slot, random), random));
  }

  private static Template headline(Story story, Set<String> excluded, SplittableRandom random) {
    Deque<Template> pool = shuffled(story.topic().headlines(), excluded, random);
    return pool.isEmpty() ? Story.pick(story.topic().headlines(), random) : pool.poll();
  }

  /** Groups sentences into paragraphs: the lede alone, quotes closing a paragraph, else 1–3 sentences. */
  private static List<List<PlannedSentence>> paragraphs(List<PlannedSentence> sentences, SplittableRandom random) {
    List<List<PlannedSentence>> out = new ArrayList<>();
    List<PlannedSentence> current = new ArrayList<>();
    int size = 1;
    for (PlannedSentence s : sentences) {
      current.add(s);
      if (current.size() >= size || s.hasQuote()) {
        out.add(current);
        current = new ArrayList<>();
        size = 1 + random.nextInt(3);
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static Deque<Template> shuffled(List<Template> templates, Set<String> excluded, SplittableRandom random) {
    List<Template> list = new ArrayList<>();
    for (Template t : templates) {
      if (!excluded.contains(t.key())) {
        list.add(t);
      }
    }
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Template tmp = list.get(i);
      list.set(i, list.get(j));
      list.set(j, tmp);
    }
    return new ArrayDeque<>(list);
  }
}
