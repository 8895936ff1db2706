package org.wiretrace.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A generated article before it is written out: its story, headline and paragraphs of sentences.
 * Mutable so rewriters can edit a copy in place.
 */
final class ArticlePlan {

  final Story story;
  String title;
  final String headlineKey;
  final List<List<PlannedSentence>> paragraphs;

  ArticlePlan(Story story, String title, String headlineKey, List<List<PlannedSentence>> paragraphs) {
    this.story = story;
    this.title = title;
    this.headlineKey = headlineKey;
    this.paragraphs = new ArrayList<>();
    for (List<PlannedSentence> p : paragraphs) {
      this.paragraphs.add(new ArrayList<>(p));
    }
  }

  /** Returns a deep copy (sentences are immutable, lists are copied). */
  ArticlePlan copy() {
    return new ArticlePlan(story, title, headlineKey, paragraphs);
  }

  /** Returns the body: sentences joined by spaces, paragraphs by blank lines. */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (List<PlannedSentence> p : paragraphs) {
      if (p.isEmpty()) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append("\n\n");
      }
      for (int i = 0; i < p.size(); i++) {
        sb.append(i == 0 ? "" : " ").append(p.get(i).text());
      }
    }
    return sb.toString();
  }

  /** Returns all sentences in order. */
  List<PlannedSentence> sentences() {
    List<PlannedSentence> all = new ArrayList<>();
    paragraphs.forEach(all::addAll);
    return all;
  }

  /** Returns the template keys used, in order of first use. */
  Set<String> templateKeys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(headlineKey);
    for (PlannedSentence s : sentences()) {
      keys.addAll(List.of(s.templateKey().split("\\+")));
    }
    return keys;
  }

  /** Returns the sentence texts. */
  Set<String> sentenceTexts() {
    Set<String> texts = new LinkedHashSet<>();
    sentences().forEach(s -> texts.add(s.text()));
    return texts;
  }

  /** Removes empty paragraphs. */
  void compact() {
    paragraphs.removeIf(List::isEmpty);
  }
}
