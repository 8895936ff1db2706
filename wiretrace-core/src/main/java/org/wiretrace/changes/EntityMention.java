package org.wiretrace.changes;

import java.util.List;
import org.wiretrace.model.Span;

/**
 * A run of capitalised words naming a person, place or organisation, titles stripped
 * ("President Vladimir Putin" is the mention "Vladimir Putin").
 *
 * @param span the name words, absolute
 * @param words the name words
 * @param keys their spelling-tolerant keys ({@link EntityNames#key})
 * @param plainName the words folded by {@link EntityNames#plain} and joined, for aliases ("unitedstates")
 * @param wordIndex index of the first name word among the passage's lexical tokens
 */
record EntityMention(Span span, List<WordToken> words, List<String> keys, String plainName, int wordIndex) {

  /** Returns the name as written. */
  String text() {
    return String.join(" ", words.stream().map(WordToken::text).toList());
  }

  /** Returns the acronym of the name's words ("International Criminal Court" gives "icc"). */
  String acronym() {
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      if (!k.isEmpty()) {
        sb.append(k.charAt(0));
      }
    }
    return sb.toString();
  }
}
