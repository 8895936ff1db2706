package org.wiretrace.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretrace.model.Span;

/**
 * Splits a paragraph into sentences, keeping offsets.
 *
 * <p>Method: the JDK's rule-based sentence {@link BreakIterator} (UAX #29) proposes boundaries;
 * boundaries that follow a known abbreviation ("Mr.", "Gen.", "U.S.", "a.m.") or an initial are then
 * removed unless the next word is a typical sentence opener ("He", "The", ...). UAX #29 alone splits
 * "Mr. | Smith" and "U.S. | Senate"; the abbreviation pass fixes those while numbers such as "4-1/2",
 * "4.5" and "155 mm" are never split by the iterator in the first place. Thread-safe.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "capt", "cmdr", "sgt",
      "adm", "maj", "sen", "rep", "gov", "pres", "rev", "hon", "insp", "supt", "det", "no", "nos",
      "vs", "v", "etc", "inc", "corp", "co", "ltd", "llc", "plc", "dept", "univ", "assn", "bros",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est",
      "fig", "vol", "pp", "ft", "mt", "ave", "blvd", "rd", "ed", "eds", "al");

  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "the", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but",
      "and", "a", "an", "in", "on", "at", "his", "her", "their", "its", "our", "there", "when",
      "while", "after", "before", "as", "if", "however", "meanwhile", "still", "yet", "so");

  /** Initials and dotted acronyms: "U.S.", "a.m.", "J.", "E.U.". */
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.){1,4}$");

  private static final int LOOKBEHIND = 48;

  /** A single capital and a dot opening the next piece: an initial ("A. B. Smith"), not "A" the article. */
  private static final Pattern INITIAL = Pattern.compile("^[\\s\"'“‘(]*\\p{Lu}\\.");

  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.[\"'”’)]*\\s*$");
  private static final Pattern FIRST_WORD = Pattern.compile("^[\\s\"'“‘(]*(\\p{L}+)");

  /**
   * Splits text into sentence spans relative to {@code offset}.
   *
   * @param text the paragraph text
   * @param offset offset of {@code text} inside the article's original text
   * @return trimmed, non-empty sentence spans in order
   */
  public List<Span> split(String text, int offset) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.US);
    iterator.setText(text);
    List<int[]> pieces = new ArrayList<>();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      if (!pieces.isEmpty() && continuesPrevious(text, pieces.getLast(), start, end)) {
        pieces.getLast()[1] = end;
      } else {
        pieces.add(new int[] {start, end});
      }
    }
    List<Span> spans = new ArrayList<>(pieces.size());
    for (int[] piece : pieces) {
      int s = piece[0];
      int e = piece[1];
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        spans.add(new Span(offset + s, offset + e));
      }
    }
    return spans;
  }

  private static boolean continuesPrevious(String text, int[] previous, int start, int end) {
    // only the tail matters, and a bounded window keeps long paragraphs linear
    return continuesAcross(text.substring(Math.max(previous[0], start - LOOKBEHIND), start), text.substring(start, end));
  }

  /**
   * Whether a sentence that seems to end with {@code before} goes on into {@code next}: the next
   * piece opens in lower case, or {@code before} ends in an abbreviation or initial ("U.K.", "Mr.")
   * and {@code next} does not open with a typical sentence opener.
   *
   * @param before the text before the proposed boundary (its tail is enough)
   * @param next the text after it
   * @return true when the boundary is not a sentence end
   */
  static boolean continuesAcross(String before, String next) {
    Matcher last = LAST_WORD.matcher(before);
    if (!last.find()) {
      return startsLowerCase(next);
    }
    String word = last.group(1);
    boolean abbreviation = ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
        || DOTTED.matcher(word + ".").find() && word.length() <= 8 && word.contains(".")
        || word.length() == 1 && Character.isUpperCase(word.charAt(0));
    if (!abbreviation) {
      return startsLowerCase(next);
    }
    Matcher first = FIRST_WORD.matcher(next);
    return !first.find() || !SENTENCE_OPENERS.contains(first.group(1).toLowerCase(Locale.ROOT))
        || INITIAL.matcher(next).find();
  }

  private static boolean startsLowerCase(String next) {
    Matcher first = FIRST_WORD.matcher(next);
    return first.find() && Character.isLowerCase(first.group(1).charAt(0));
  }
}
