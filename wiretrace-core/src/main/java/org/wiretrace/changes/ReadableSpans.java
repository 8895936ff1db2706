package org.wiretrace.changes;

import java.util.List;
import org.wiretrace.model.Span;

/**
 * The two spans a flag shows for one hunk of the word diff, widened so that each side is a readable
 * phrase: a replacement shows the replaced words on both sides; an addition or a drop also takes
 * the shared word just before it (or just after, at the start), so the side without the words is
 * that shared word rather than an empty string ("pending as of May 2" against "pending").
 */
final class ReadableSpans {

  private ReadableSpans() {}

  /**
   * Returns {source span, derived span} for a changed hunk.
   *
   * @param pair the diffed pair
   * @param hunk a changed hunk of {@code pair}
   * @return the two spans, neither empty when the passages share any word
   */
  static Span[] of(PassagePair pair, WordDiff.Hunk hunk) {
    int sf = hunk.sourceFrom();
    int st = hunk.sourceTo();
    int df = hunk.derivedFrom();
    int dt = hunk.derivedTo();
    if (sf == st || df == dt) {
      if (sf > 0 && df > 0) {
        sf--;
        df--;
      } else if (st < pair.sourceWords().size() && dt < pair.derivedWords().size()) {
        st++;
        dt++;
      }
    }
    return new Span[] {span(pair.sourceWords(), sf, st, pair.source()), span(pair.derivedWords(), df, dt, pair.derived())};
  }

  private static Span span(List<WordToken> words, int from, int to, Passage passage) {
    if (from >= to) {
      int at = from < words.size() ? words.get(from).start() : passage.span().end();
      return new Span(at, at);
    }
    return new Span(words.get(from).start(), words.get(to - 1).end());
  }
}
