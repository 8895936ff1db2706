package org.wiretrace.testkit;

import java.util.List;

/**
 * One sentence of a generated article, kept as fragments so rewriters know which words are facts.
 *
 * @param templateKey the template it came from (joined with {@code +} after a merge)
 * @param fragments its pieces
 */
record PlannedSentence(String templateKey, List<Fragment> fragments) {

  PlannedSentence {
    fragments = List.copyOf(fragments);
  }

  String text() {
    return Fragments.text(fragments);
  }

  int words() {
    return Fragments.words(text());
  }

  PlannedSentence withFragments(List<Fragment> newFragments) {
    return new PlannedSentence(templateKey, newFragments);
  }

  boolean hasQuote() {
    return text().contains("\"");
  }
}
