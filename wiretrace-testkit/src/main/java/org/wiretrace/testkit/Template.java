package org.wiretrace.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A parsed sentence template: literal text, {@code [a|b|c]} choices and {@code {SLOT}} facts.
 *
 * @param key stable name, e.g. {@code generic:12} or {@code flood:lede:2}
 * @param tokens the parsed pieces: a String (literal), a String[] (choice) or a Slot
 */
record Template(String key, List<Object> tokens) {

  /** Parses a template line; fails naming the key and the problem. */
  static Template parse(String key, String line) {
    List<Object> tokens = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      int close = c == '[' ? line.indexOf(']', i) : c == '{' ? line.indexOf('}', i) : -1;
      if (close < 0 && (c == '[' || c == '{')) {
        throw new IllegalArgumentException("template " + key + " has an unclosed '" + c + "': " + line);
      }
      if (c == '[') {
        tokens.add(line.substring(i + 1, close).split("\\|", -1));
        i = close + 1;
      } else if (c == '{') {
        tokens.add(Slot.valueOf(line.substring(i + 1, close)));
        i = close + 1;
      } else {
        int next = nextSpecial(line, i);
        tokens.add(line.substring(i, next));
        i = next;
      }
    }
    return new Template(key, List.copyOf(tokens));
  }

  private static int nextSpecial(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) != '[' && line.charAt(i) != '{') {
      i++;
    }
    return i;
  }

  /**
   * Renders the template: choices picked with the random source, slots filled by the story.
   *
   * @param facts the value of each slot
   * @param random picks the choices
   * @return fragments, adjacent literals merged
   */
  List<Fragment> render(Function<Slot, String> facts, SplittableRandom random) {
    List<Fragment> out = new ArrayList<>();
    for (Object token : tokens) {
      if (token instanceof String text) {
        Fragments.appendLiteral(out, text);
      } else if (token instanceof String[] choice) {
        Fragments.appendLiteral(out, choice[random.nextInt(choice.length)]);
      } else {
        Slot slot = (Slot) token;
        String value = facts.apply(slot);
        if (slot.isFact()) {
          out.add(new Fragment(value, slot));
        } else {
          Fragments.appendLiteral(out, value);
        }
      }
    }
    return out;
  }

  /** Returns whether the template mentions the slot. */
  boolean uses(Slot slot) {
    return tokens.contains(slot);
  }
}
