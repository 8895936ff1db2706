package org.wiretrace.testkit;

import java.util.List;
import java.util.Locale;

/** Operations on fragment lists shared by the writers and rewriters. */
final class Fragments {

  private Fragments() {}

  /** Appends literal text, merging it into a preceding literal. */
  static void appendLiteral(List<Fragment> out, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).isLiteral()) {
      out.set(last, Fragment.literal(out.get(last).text() + text));
    } else {
      out.add(Fragment.literal(text));
    }
  }

  /** Appends a fragment: literals merge into a preceding literal, facts are added as they are. */
  static void appendLiteralOrFact(List<Fragment> out, Fragment fragment) {
    if (fragment.isLiteral()) {
      appendLiteral(out, fragment.text());
    } else {
      out.add(fragment);
    }
  }

  /** Removes a final period from the last fragment when it is a literal. */
  static void trimTrailingPeriod(List<Fragment> out) {
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).isLiteral() && out.get(last).text().endsWith(".")) {
      String t = out.get(last).text();
      out.remove(last);
      appendLiteral(out, t.substring(0, t.length() - 1));
    }
  }

  /** Returns the sentence text, its first letter upper-cased. */
  static String text(List<Fragment> fragments) {
    StringBuilder sb = new StringBuilder();
    for (Fragment f : fragments) {
      sb.append(f.text());
    }
    return capitalise(sb.toString());
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String decapitalise(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  /** Counts the words (whitespace-separated runs) of a text. */
  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
