package org.wiretrace.align;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wiretrace.model.Span;

/**
 * Trims an aligned sentence's span to the clauses that are actually shared, so that an added
 * clause ("…, but analyst X reported fewer attacks") is not shown as reused.
 *
 * <p>A sentence is cut into clauses where the text between two content words holds a semicolon, a
 * dash, or a comma followed by a clause opener ("but", "while", "which", "whereas", "although",
 * "though", "however"). Leading and trailing clauses of at least {@value #MIN_WORDS} content words of
 * which fewer than {@value #MIN_SHARED} (as a share) occur in the other side are cut off; the middle
 * is kept. Only single sentences are trimmed. Thread-safe.
 */
final class ClauseTrimmer {

  static final int MIN_WORDS = 4;
  static final double MIN_SHARED = 0.25;
  private static final Set<String> OPENERS =
      Set.of("but", "while", "which", "whereas", "although", "though", "however");

  private ClauseTrimmer() {}

  /**
   * Returns the span of the shared clauses of {@code side}, or its whole span when nothing is cut.
   *
   * @param side one passage of an aligned pair
   * @param other the other passage
   * @return the trimmed span
   */
  static Span trim(SentenceProfile side, SentenceProfile other) {
    if (side.indices().size() != 1 || side.sequence().length < 2 * MIN_WORDS) {
      return side.span();
    }
    int[] clauseOf = clauses(side);
    int clauses = clauseOf[clauseOf.length - 1] + 1;
    int first = 0;
    int last = clauses - 1;
    while (first < last && unshared(side, other, clauseOf, first)) {
      first++;
    }
    while (last > first && unshared(side, other, clauseOf, last)) {
      last--;
    }
    if (first == 0 && last == clauses - 1) {
      return side.span();
    }
    return new Span(firstWord(clauseOf, first, side), lastWord(clauseOf, last, side));
  }

  private static int[] clauses(SentenceProfile side) {
    List<Span> words = side.sequenceSpans();
    int[] clauseOf = new int[words.size()];
    int clause = 0;
    for (int k = 1; k < words.size(); k++) {
      if (boundary(gap(side, words.get(k - 1).end(), words.get(k).start()))) {
        clause++;
      }
      clauseOf[k] = clause;
    }
    return clauseOf;
  }

  private static String gap(SentenceProfile side, int from, int to) {
    int base = side.span().start();
    return side.text().substring(from - base, to - base).toLowerCase(Locale.ROOT);
  }

  private static boolean boundary(String gap) {
    if (gap.contains(";") || gap.contains("—") || gap.contains(" – ")) {
      return true;
    }
    int comma = gap.indexOf(',');
    if (comma < 0) {
      return false;
    }
    for (String word : gap.substring(comma + 1).strip().split("\\s+")) {
      if (OPENERS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unshared(SentenceProfile side, SentenceProfile other, int[] clauseOf, int clause) {
    int words = 0;
    int shared = 0;
    for (int k = 0; k < clauseOf.length; k++) {
      if (clauseOf[k] == clause) {
        words++;
        shared += java.util.Arrays.binarySearch(other.contentStems(), side.sequence()[k]) >= 0 ? 1 : 0;
      }
    }
    return words >= MIN_WORDS && shared < MIN_SHARED * words;
  }

  private static int firstWord(int[] clauseOf, int clause, SentenceProfile side) {
    for (int k = 0; k < clauseOf.length; k++) {
      if (clauseOf[k] == clause) {
        return side.sequenceSpans().get(k).start();
      }
    }
    return side.span().start();
  }

  private static int lastWord(int[] clauseOf, int clause, SentenceProfile side) {
    for (int k = clauseOf.length - 1; k >= 0; k--) {
      if (clauseOf[k] == clause) {
        return side.sequenceSpans().get(k).end();
      }
    }
    return side.span().end();
  }
}
