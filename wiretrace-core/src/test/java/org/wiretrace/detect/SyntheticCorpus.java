package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.text.ArticleFactory;

/**
 * Generates invented news-like articles and planted copies from a seed: an invented vocabulary,
 * invented names and numbers, about 600 words per article. Copies are verbatim with cuts and
 * additions, edited (some words replaced), spun (content words swapped for fixed "synonyms") or
 * reordered. Deterministic for a seed. Test helper only; the full generator lives in the testkit.
 */
final class SyntheticCorpus {

  /** How a planted copy was made. */
  enum CopyKind { VERBATIM_CUT, EDITED, SPUN, REORDERED }

  /** A planted copy and what it copies. */
  record Planted(Article copy, Article original, CopyKind kind) {}

  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "is",
      "pe", "ru", "nak", "ol", "tem", "bri", "us", "fa", "gon", "li", "mar", "ost", "ve", "cu", "zel"};
  private static final String[] FUNCTION = {"the", "a", "of", "in", "to", "and", "was", "said", "on", "for",
      "with", "that", "has", "by", "at", "its", "from", "as", "were", "had"};

  private final SplittableRandom random;
  private final List<String> words = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<String> cast = new ArrayList<>();
  private final ArticleFactory factory = new ArticleFactory();
  private int counter;

  SyntheticCorpus(long seed) {
    random = new SplittableRandom(seed);
    for (int i = 0; i < 4000; i++) {
      words.add(word(2 + random.nextInt(2)));
    }
    for (int i = 0; i < 3000; i++) {
      String w = word(2 + random.nextInt(2));
      names.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
  }

  /** Returns a fresh original article of about {@code words} words, naming its own few people and places. */
  Article article(int wordCount) {
    cast.clear();
    for (int i = 0; i < 8; i++) {
      cast.add(names.get(random.nextInt(names.size())));
    }
    List<String> sentences = new ArrayList<>();
    int total = 0;
    while (total < wordCount) {
      String s = sentence();
      total += s.split(" ").length;
      sentences.add(s);
    }
    return create(sentences);
  }

  /** Returns a planted copy of an original. */
  Planted copy(Article original, CopyKind kind) {
    List<String> sentences = new ArrayList<>();
    original.bodySentences().forEach(s -> sentences.add(s.text()));
    switch (kind) {
      case VERBATIM_CUT -> {
        cast.clear();
        cast.addAll(names.subList(0, 8));
        sentences.remove(sentences.size() - 1);
        sentences.remove(sentences.size() / 2);
        sentences.add(sentences.size() / 3, sentence());
        sentences.add(sentence());
      }
      case EDITED -> sentences.replaceAll(s -> replaceWords(s, 0.12));
      case SPUN -> sentences.replaceAll(this::spin);
      case REORDERED -> java.util.Collections.reverse(sentences);
    }
    return new Planted(create(sentences), original, kind);
  }

  private Article create(List<String> sentences) {
    StringBuilder text = new StringBuilder("Headline number " + counter + "\n\n");
    for (int i = 0; i < sentences.size(); i++) {
      text.append(sentences.get(i)).append(i % 3 == 2 ? "\n\n" : " ");
    }
    return factory.create(ArticleDraft.of(String.format(Locale.ROOT, "syn-%05d", counter++), text.toString()));
  }

  private String sentence() {
    int n = 12 + random.nextInt(16);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = pick(i);
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < n ? " " : ".");
    }
    return s.toString();
  }

  private String pick(int position) {
    int r = random.nextInt(100);
    if (position > 0 && r < 8) {
      return cast.get(random.nextInt(cast.size()));
    }
    if (position > 0 && r < 11) {
      return Integer.toString(2 + random.nextInt(900));
    }
    if (r < 45) {
      return FUNCTION[random.nextInt(FUNCTION.length)];
    }
    return words.get(random.nextInt(words.size()));
  }

  private String replaceWords(String sentence, double share) {
    String[] tokens = sentence.substring(0, sentence.length() - 1).split(" ");
    for (int i = 1; i < tokens.length; i++) {
      if (random.nextDouble() < share) {
        tokens[i] = words.get(random.nextInt(words.size()));
      }
    }
    return String.join(" ", tokens) + ".";
  }

  /** Swaps each content word for a fixed other word (a deterministic "synonym"), 40% of the time. */
  private String spin(String sentence) {
    String[] tokens = sentence.substring(0, sentence.length() - 1).split(" ");
    for (int i = 1; i < tokens.length; i++) {
      int index = words.indexOf(tokens[i]);
      if (index >= 0 && random.nextDouble() < 0.4) {
        tokens[i] = words.get((index * 7 + 13) % words.size());
      }
    }
    return String.join(" ", tokens) + ".";
  }

  private String word(int syllables) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }
}
