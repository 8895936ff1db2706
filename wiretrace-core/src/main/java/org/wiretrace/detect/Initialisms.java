package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names written as their initials in one text and in full in another ("WWW" and "World Wide
 * Web", "UNCTAD" spelled out), so that a rewrite that shortens or spells out a name is not read as
 * naming something else. Letters of the initialism are matched, in order, to the first letters of
 * consecutive capitalised words. Thread-safe.
 */
final class Initialisms {

  private static final Pattern INITIALISM = Pattern.compile("\\b\\p{Lu}{2,8}\\b");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private Initialisms() {}

  /**
   * Counts the initialisms of {@code shortText} that {@code fullText} spells out.
   *
   * @param shortText the text that may hold initialisms
   * @param fullText the text that may hold the names in full
   * @return {initialisms spelled out, capitalised words they stand for}
   */
  static int[] spelledOut(String shortText, String fullText) {
    List<String> words = words(fullText);
    int initialisms = 0;
    int spelled = 0;
    Matcher m = INITIALISM.matcher(shortText);
    while (m.find()) {
      int n = m.group().length();
      if (spells(m.group(), words)) {
        initialisms++;
        spelled += n;
      }
    }
    return new int[] {initialisms, spelled};
  }

  private static boolean spells(String initials, List<String> words) {
    int n = initials.length();
    for (int i = 0; i + n <= words.size(); i++) {
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        String w = words.get(i + k);
        all = Character.isUpperCase(w.charAt(0)) && w.length() > 1 && w.charAt(0) == initials.charAt(k);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
