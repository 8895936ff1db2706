package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretrace.text.QuoteFolding;
import org.wiretrace.text.ReadingView;

/**
 * Splits a passage into word, number, quote-mark and punctuation tokens with absolute offsets.
 *
 * <p>Numbers keep their fraction parts together ("4-1/2", "4½", "1,000.5"); words keep inner
 * apostrophes, hyphens and dots ("Xi's", "re-elect", "U.S", "Su-35"). Quote marks are their own
 * tokens so quotations can be found; a straight {@code '} inside a word is an apostrophe. TeX and
 * typewriter quotes ({@code ``…''}, {@code `…'}) are first folded to curly marks by
 * {@link QuoteFolding}, and {@link ReadingView#FILLER}s (joined line breaks) are skipped. This is
 * deliberately a small tokenizer owned by the change flagger, so that change detection does not
 * move when the article pipeline's tokenizer is tuned.
 */
final class PassageTokenizer {

  private static final Pattern TOKEN = Pattern.compile(
      "(?<num>\\d+,\\d{1,2}(?=\\s*(?:million|billion|trillion|per|%))|(?<![\\d.])\\.\\d+"
          + "|\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:-\\d+/\\d+|\\s?[½¼¾⅓⅔⅛])?(?:/\\d+)?|[½¼¾⅓⅔⅛])"
          + "|(?<word>[\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\d]|['’](?=\\p{L})|[-.\u00AD]\u00AD*(?=[\\p{L}\\p{M}\\d]))*)"
          + "|(?<sym>[$€£¥%])|(?<open>``|[“„«‘‚])|(?<close>''|[”»’])|(?<either>[\"'`])"
          + "|(?<punct>[^\\s\u00AD])");

  private PassageTokenizer() {}

  /**
   * Tokenizes {@code text}, which starts at {@code base} in its article.
   *
   * @param text the passage text
   * @param base the absolute offset of the first character
   * @return the tokens in order
   */
  static List<WordToken> tokenize(String text, int base) {
    List<WordToken> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(QuoteFolding.fold(text));
    while (m.find()) {
      tokens.add(new WordToken(m.group(), normalize(m.group()), base + m.start(), base + m.end(), kind(m)));
    }
    return tokens;
  }

  /** Group numbers of the named groups, resolved once: a lookup by name costs a map probe per token. */
  private static final int NUM = TOKEN.namedGroups().get("num");
  private static final int WORD = TOKEN.namedGroups().get("word");
  private static final int SYM = TOKEN.namedGroups().get("sym");
  private static final int OPEN = TOKEN.namedGroups().get("open");
  private static final int CLOSE = TOKEN.namedGroups().get("close");
  private static final int EITHER = TOKEN.namedGroups().get("either");

  private static WordToken.Kind kind(Matcher m) {
    if (m.start(NUM) >= 0) {
      return WordToken.Kind.NUMBER;
    }
    if (m.start(WORD) >= 0 || m.start(SYM) >= 0) {
      return WordToken.Kind.WORD;
    }
    if (m.start(OPEN) >= 0) {
      return WordToken.Kind.QUOTE_OPEN;
    }
    if (m.start(CLOSE) >= 0) {
      return WordToken.Kind.QUOTE_CLOSE;
    }
    return m.start(EITHER) >= 0 ? WordToken.Kind.QUOTE_EITHER : WordToken.Kind.PUNCT;
  }

  static String normalize(String raw) {
    return ReadingView.withoutFillers(raw).toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }
}
