package org.wiretrace.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Span;

/**
 * The normalised view of an article's paragraphs that sentence splitting, tokenising and embedding
 * read: of exactly the original's length, so every offset in it is an offset into the original
 * text and every span keeps pointing at the words the outlet published.
 *
 * <p>Inside a paragraph the view replaces a line break and the indentation around it with spaces,
 * so a sentence wrapped over several lines reads as one line. A word hyphenated at a line break
 * ("inter-" / "national") is joined when the joined form is a word: it occurs unhyphenated elsewhere
 * in the article, or its second half is only an English suffix ("-tion", "-ment"); then the hyphen
 * and the break become {@link #FILLER}s, which every reader skips. Otherwise the hyphen stays and
 * only the break becomes fillers ("well-" / "known" reads "well-known"). TeX and typewriter quotes
 * are folded by {@link QuoteFolding}. Not thread-safe: one view per article.
 */
public final class ReadingView {

  /**
   * Stands in the view for characters that reading drops (a joined line break, the second mark of
   * a TeX quote): the soft hyphen, which tokenizers skip inside words and embedders' text cleaning
   * removes.
   */
  public static final char FILLER = '\u00AD';

  private static final Pattern SUFFIX = Pattern.compile(
      "(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ing|ings|ed|ly|able|ible|ous|ive|al|ally"
          + "|ance|ence|ances|ences|ists?|isms?|ised|ized|ising|izing|ers?)");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final String text;
  private @Nullable Set<String> words;

  /**
   * Creates the view of one article's text.
   *
   * @param text the article's original text
   */
  public ReadingView(String text) {
    this.text = text;
  }

  /**
   * Returns the view of one paragraph, of the same length as its span.
   *
   * @param paragraph a paragraph span of the text
   * @return the paragraph as read
   */
  public String paragraph(Span paragraph) {
    String original = paragraph.of(text);
    if (original.indexOf('\n') < 0 && original.indexOf('\r') < 0) {
      return QuoteFolding.fold(original);
    }
    char[] chars = original.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '\n' || chars[i] == '\r') {
        i = joinBreak(chars, i);
      }
    }
    return QuoteFolding.fold(new String(chars));
  }

  /**
   * Returns text with the view's fillers removed, for display.
   *
   * @param view text of a view
   * @return the text without fillers
   */
  public static String withoutFillers(String view) {
    return view.indexOf(FILLER) < 0 ? view : view.replace(String.valueOf(FILLER), "");
  }

  /** Replaces the whitespace run around the break at {@code at}; returns the index of its last character. */
  private int joinBreak(char[] chars, int at) {
    int from = runStart(chars, at, Character::isWhitespace);
    int to = runEnd(chars, at, Character::isWhitespace);
    char fill = ' ';
    if (from >= 2 && chars[from - 1] == '-' && Character.isLetter(chars[from - 2])
        && to < chars.length && Character.isLetter(chars[to])) {
      fill = FILLER;
      from = joinsWord(chars, from - 1, to) ? from - 1 : from;
    }
    Arrays.fill(chars, from, to, fill);
    return to - 1;
  }

  /** Whether "head-" + break + "tail" is one word written with a line-end hyphen. */
  private boolean joinsWord(char[] chars, int hyphen, int tailStart) {
    int headStart = runStart(chars, hyphen, Character::isLetter);
    int tailEnd = runEnd(chars, tailStart, Character::isLetter);
    String head = new String(chars, headStart, hyphen - headStart);
    String tail = new String(chars, tailStart, tailEnd - tailStart);
    if (!Character.isLowerCase(tail.charAt(0))) {
      return false;
    }
    return words().contains((head + tail).toLowerCase(Locale.ROOT))
        || head.length() >= 2 && SUFFIX.matcher(tail).matches();
  }

  /** Where the run of {@code kind} characters ending just before {@code at} starts. */
  private static int runStart(char[] chars, int at, IntPredicate kind) {
    int i = at;
    while (i > 0 && kind.test(chars[i - 1])) {
      i--;
    }
    return i;
  }

  /** Where the run of {@code kind} characters starting at {@code at} ends. */
  private static int runEnd(char[] chars, int at, IntPredicate kind) {
    int i = at;
    while (i < chars.length && kind.test(chars[i])) {
      i++;
    }
    return i;
  }

  /** The article's words, lower-cased, as the lexicon that decides hyphen joins. */
  private Set<String> words() {
    if (words == null) {
      Set<String> found = new HashSet<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        found.add(m.group().toLowerCase(Locale.ROOT));
      }
      words = found;
    }
    return words;
  }
}
