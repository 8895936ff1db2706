package org.wiretrace.changes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads numbers written in words: "four", "twenty-five", "one hundred and twenty", "four and a
 * half", "half a million", "a dozen", "third".
 *
 * <p>Method: the usual accumulator over number words: units and tens add to the current group,
 * "hundred" multiplies it, and "thousand"/"million"/… close the group into the total. "one" is
 * skipped where it is a pronoun ("one another", "no one"), which the word lists alone cannot tell.
 */
final class WordNumbers {

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("dozen", 12));

  static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11),
      Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14),
      Map.entry("fifteenth", 15), Map.entry("sixteenth", 16), Map.entry("seventeenth", 17),
      Map.entry("eighteenth", 18), Map.entry("nineteenth", 19), Map.entry("twentieth", 20),
      Map.entry("thirtieth", 30), Map.entry("fortieth", 40), Map.entry("fiftieth", 50),
      Map.entry("hundredth", 100));

  /** Denominators of fractions written "one-third", "two-thirds", "three-quarters". */
  private static final Map<String, Double> FRACTIONS = Map.of(
      "half", 2.0, "halves", 2.0, "third", 3.0, "thirds", 3.0, "quarter", 4.0, "quarters", 4.0,
      "fifth", 5.0, "fifths", 5.0, "tenth", 10.0, "tenths", 10.0);

  private static final Map<String, Double> BIG = Map.of(
      "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  private static final Set<String> PRONOUN_AFTER = Set.of("another", "other", "others", "of", "who", "that", "which", "'s", "day", "side");
  private static final Set<String> PRONOUN_BEFORE = Set.of("no", "the", "each", "any", "every", "this", "that", "which", "someone", "anyone");

  /**
   * A number read from words.
   *
   * @param value the value
   * @param length how many tokens were read
   * @param ordinal whether it was an ordinal ("third")
   */
  record Reading(double value, int length, boolean ordinal) {}

  private WordNumbers() {}

  /**
   * Reads a number in words starting at token {@code i}.
   *
   * @param words the lexical tokens
   * @param i where to start
   * @return the reading, or null when no number word starts there
   */
  static @Nullable Reading read(List<WordToken> words, int i) {
    Accumulator acc = new Accumulator();
    int j = i;
    while (j < words.size()) {
      int step = acc.step(words, j);
      if (step == 0) {
        break;
      }
      j += step;
      if (acc.ordinal) {
        break;
      }
    }
    if (!acc.any || isPronounOne(words, i, j)) {
      return null;
    }
    return new Reading(acc.total + acc.current, j - i, acc.ordinal);
  }

  private static boolean isPronounOne(List<WordToken> words, int i, int end) {
    if (end - i != 1 || !words.get(i).norm().equals("one")) {
      return false;
    }
    String after = end < words.size() ? words.get(end).norm() : "";
    String before = i > 0 ? words.get(i - 1).norm() : "";
    return after.isEmpty() || PRONOUN_AFTER.contains(after) || PRONOUN_BEFORE.contains(before);
  }

  /** The running total of a number being read; one token (or "a"/"and a half") per step. */
  private static final class Accumulator {
    double total;
    double current;
    boolean any;
    boolean ordinal;

    int step(List<WordToken> words, int j) {
      String w = words.get(j).norm();
      String next = j + 1 < words.size() ? words.get(j + 1).norm() : "";
      if ((w.equals("a") || w.equals("an")) && !any && (BIG.containsKey(next) || next.equals("hundred") || next.equals("dozen"))) {
        current = 1;
        any = true;
        return 1;
      }
      if (w.equals("and") && any && next.equals("a") && j + 2 < words.size() && words.get(j + 2).norm().equals("half")) {
        current += 0.5;
        return 3;
      }
      if (w.equals("and") && any && (total > 0 || current >= 100) && (SMALL.containsKey(next) || next.contains("-"))) {
        return 1;
      }
      if (w.equals("half") && !any && (next.equals("a") || next.equals("an"))) {
        current = 0.5;
        any = true;
        return 2;
      }
      return pieces(w) ? 1 : 0;
    }

    /** Applies a token such as "twenty-five" piece by piece; false when a piece is no number word. */
    private boolean pieces(String w) {
      String[] parts = w.split("-");
      if (parts.length == 2 && SMALL.containsKey(parts[0]) && FRACTIONS.containsKey(parts[1]) && !any) {
        current = SMALL.get(parts[0]) / FRACTIONS.get(parts[1]);
        any = true;
        return true;
      }
      if (parts.length == 1 && ORDINALS.containsKey(w) && any && !(current >= 20 && current % 10 == 0)) {
        return false;
      }
      for (String part : parts) {
        if (!SMALL.containsKey(part) && !BIG.containsKey(part) && !part.equals("hundred") && !ORDINALS.containsKey(part)) {
          return false;
        }
      }
      for (String part : parts) {
        apply(part);
      }
      return true;
    }

    private static double orOne(double value) {
      return value == 0 ? 1 : value;
    }

    private void apply(String part) {
      any = true;
      if (ORDINALS.containsKey(part)) {
        current += ORDINALS.get(part);
        ordinal = true;
      } else if (part.equals("hundred")) {
        current = orOne(current) * 100;
      } else if (part.equals("dozen")) {
        current = orOne(current) * 12;
      } else if (BIG.containsKey(part)) {
        total += orOne(current) * BIG.get(part);
        current = 0;
      } else {
        current += SMALL.get(part);
      }
    }
  }
}
