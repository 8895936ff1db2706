package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wiretrace.model.Span;

/**
 * Finds quotations in a passage and who is said to have spoken them.
 *
 * <p>Quote marks pair by family: curly or straight double marks with each other, curly single
 * marks with each other (PTB-style {@code ``…''} and {@code `…'} arrive folded to curly marks). A curly single close mark with no open mark
 * is an apostrophe ("countries’"); single marks inside a double-quoted span are nested and do not
 * end it. A quotation still open at the end of the passage runs to its end (multi-sentence quotes).
 * The speaker is the name next to a reporting verb outside the quotes ("Kirby said", "said John
 * Kirby", "according to Kirby"); a pronoun speaker is unknown.
 */
final class QuoteExtractor {

  static final Set<String> SPEECH_VERBS = Set.of(
      "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "state", "states",
      "stated", "ask", "asked", "note", "noted", "insist", "insisted", "claim", "claims", "claimed", "write",
      "wrote", "explain", "explained", "declare", "declared", "warn", "warned", "admit", "admitted", "argue",
      "argued", "reply", "replied", "respond", "responded", "according", "remark", "remarked", "quipped",
      "continued", "recalled", "acknowledged", "conceded", "confessed", "maintained", "asserted");

  private static final Set<String> NOT_SPEAKERS = Set.of(
      "he", "she", "they", "it", "we", "i", "the", "a", "an", "this", "that", "but", "and", "in", "on",
      "when", "while", "according", "reporters", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  private QuoteExtractor() {}

  /**
   * Returns the quotations in a passage.
   *
   * @param tokens all tokens of the passage
   * @return the quotations in order, each with its speaker key
   */
  static List<Quotation> extract(List<WordToken> tokens) {
    List<int[]> ranges = ranges(tokens);
    String speakerName = speaker(tokens, ranges);
    String speaker = speakerName.isEmpty() ? "" : EntityNames.key(speakerName);
    List<Quotation> quotes = new ArrayList<>();
    for (int[] r : ranges) {
      List<WordToken> words = tokens.subList(r[0], r[1]).stream().filter(WordToken::isLexical).toList();
      if (!words.isEmpty()) {
        quotes.add(new Quotation(new Span(words.getFirst().start(), words.getLast().end()), words, speaker, speakerName));
      }
    }
    return quotes;
  }

  /** Token index ranges {from, to} strictly inside quote marks. */
  static List<int[]> ranges(List<WordToken> tokens) {
    List<int[]> ranges = new ArrayList<>();
    int open = -1;
    char family = 0;
    for (int i = 0; i < tokens.size(); i++) {
      char f = family(tokens, i);
      if (f == 0) {
        continue;
      }
      if (open < 0 && closesOnly(tokens, i, f)) {
        if (ranges.isEmpty() && f != 'S' && i > 2) {
          ranges.add(new int[] {0, i});
        }
      } else if (open < 0 && opens(tokens, i)) {
        open = i;
        family = f;
      } else if (open >= 0 && f == family && closes(tokens, i)) {
        ranges.add(new int[] {open + 1, i});
        open = -1;
      }
    }
    if (open >= 0 && tokens.size() - open > 4) {
      ranges.add(new int[] {open + 1, tokens.size()});
    }
    return ranges;
  }

  /** A mark that can only end a quotation: a curly close mark, or a straight mark glued to the word before it. */
  private static boolean closesOnly(List<WordToken> tokens, int i, char f) {
    WordToken t = tokens.get(i);
    if (t.kind() == WordToken.Kind.QUOTE_CLOSE) {
      return true;
    }
    if (t.kind() != WordToken.Kind.QUOTE_EITHER || f == 'P') {
      return false;
    }
    boolean gluedBefore = i > 0 && tokens.get(i - 1).touches(t);
    boolean gluedAfter = i + 1 < tokens.size() && t.touches(tokens.get(i + 1)) && tokens.get(i + 1).isLexical();
    return gluedBefore && !gluedAfter;
  }

  /**
   * 'D' for double marks (TeX {@code ``}/{@code ''} arrive folded by {@link
   * org.wiretrace.text.QuoteFolding}), 'S' for curly single marks, 'P' for a lone backtick, 0 for none.
   */
  private static char family(List<WordToken> tokens, int i) {
    String t = tokens.get(i).text();
    return switch (t) {
      case "\"", "“", "”", "„", "«", "»" -> 'D';
      case "‘", "’", "‚" -> 'S';
      case "`" -> 'P';
      default -> 0;
    };
  }

  private static boolean opens(List<WordToken> tokens, int i) {
    WordToken t = tokens.get(i);
    if (t.kind() == WordToken.Kind.QUOTE_CLOSE) {
      return false;
    }
    return !t.text().equals("'");
  }

  private static boolean closes(List<WordToken> tokens, int i) {
    return tokens.get(i).kind() != WordToken.Kind.QUOTE_OPEN && !tokens.get(i).text().equals("`");
  }

  /** The name next to a reporting verb outside the quotes, as written; empty when unknown. */
  static String speaker(List<WordToken> tokens, List<int[]> ranges) {
    List<WordToken> outside = outside(tokens, ranges);
    for (int i = 0; i < outside.size(); i++) {
      if (SPEECH_VERBS.contains(outside.get(i).norm())) {
        String name = nameNear(outside, i);
        if (!name.isEmpty()) {
          return name;
        }
      }
    }
    return "";
  }

  private static List<WordToken> outside(List<WordToken> tokens, List<int[]> ranges) {
    List<WordToken> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      final int index = i;
      if (ranges.stream().noneMatch(r -> index >= r[0] && index < r[1]) && tokens.get(i).isLexical()) {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  /** The last word of the capitalised name just before the verb, or else just after it. */
  private static String nameNear(List<WordToken> words, int verb) {
    if (verb > 0 && isName(words.get(verb - 1))) {
      return words.get(verb - 1).text();
    }
    int p = verb + 1;
    if (words.get(verb).norm().equals("according") && p < words.size() && words.get(p).norm().equals("to")) {
      p++;
    }
    while (p < words.size() && isName(words.get(p)) && p + 1 < words.size() && isName(words.get(p + 1))) {
      p++;
    }
    return p < words.size() && isName(words.get(p)) ? words.get(p).text().replaceAll("['’]s$", "") : "";
  }

  private static boolean isName(WordToken w) {
    return w.isWord() && w.isCapitalized() && !NOT_SPEAKERS.contains(w.norm()) && !EntityAliases.isDemonym(EntityNames.plain(w.text()));
  }
}
