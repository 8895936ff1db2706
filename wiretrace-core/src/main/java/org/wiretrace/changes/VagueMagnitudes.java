package org.wiretrace.changes;

import java.util.List;
import java.util.Map;

/**
 * Vague magnitude phrases ("dozens of", "thousands of", "tens of thousands of") and the power of
 * ten each names: "thousands" is 10^3 or more, "tens of thousands" 10^4 or more.
 */
final class VagueMagnitudes {

  private static final Map<String, Integer> SINGLE = Map.of(
      "dozens", 1, "scores", 1, "hundreds", 2, "thousands", 3, "millions", 6, "billions", 9,
      "trillions", 12);

  private VagueMagnitudes() {}

  /**
   * Reads a vague magnitude at word {@code i}: "[tens|hundreds of] thousands" and the like.
   *
   * @param words the lexical tokens
   * @param i where to start
   * @return {order, number of words read}, or null when there is none
   */
  static int @org.jspecify.annotations.Nullable [] read(List<WordToken> words, int i) {
    Integer first = i < words.size() ? single(words.get(i).norm()) : null;
    boolean tens = i < words.size() && words.get(i).norm().equals("tens");
    if (first == null && !tens) {
      return null;
    }
    if (i + 2 < words.size() && words.get(i + 1).norm().equals("of")) {
      Integer second = single(words.get(i + 2).norm());
      int multiplier = tens ? 1 : first != null && first <= 2 ? first : -1;
      if (second != null && second >= 3 && multiplier > 0) {
        return new int[] {second + multiplier, 3};
      }
    }
    return first == null ? null : new int[] {first, 1};
  }

  private static @org.jspecify.annotations.Nullable Integer single(String norm) {
    return SINGLE.get(norm);
  }

  /** Returns the phrase for a power of ten, e.g. "tens of thousands". */
  static String name(int order) {
    List<String> bases = List.of("", "dozens", "hundreds", "thousands", "tens of thousands",
        "hundreds of thousands", "millions", "tens of millions", "hundreds of millions", "billions");
    return order < bases.size() ? bases.get(order) : "10^" + order + " or more";
  }
}
