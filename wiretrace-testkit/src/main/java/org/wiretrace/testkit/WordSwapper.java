package org.wiretrace.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Swaps words for synonyms the way a careful editor (natural synonyms, low rate) or a content-farm
 * spinner (most words, some odd synonyms) does, and edits quotes so that they say something else.
 */
final class WordSwapper {

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");

  private final Vocabulary vocabulary;

  WordSwapper(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Replaces each known word with probability {@code rate} by a synonym, odd with probability {@code oddShare}.
   */
  String swap(String text, double rate, double oddShare, SplittableRandom random) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start()).append(replacement(m.group(), rate, oddShare, random));
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  private String replacement(String word, double rate, double oddShare, SplittableRandom random) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> natural = vocabulary.natural().get(lower);
    if (natural == null || random.nextDouble() >= rate) {
      return word;
    }
    List<String> odd = vocabulary.odd().get(lower);
    List<String> pool = odd != null && !odd.isEmpty() && random.nextDouble() < oddShare ? odd : natural;
    String pick = pool.get(random.nextInt(pool.size()));
    return Character.isUpperCase(word.charAt(0)) ? Fragments.capitalise(pick) : pick;
  }

  /** Swaps words in the literal fragments only; facts stay as they are. */
  List<Fragment> swapLiterals(List<Fragment> fragments, double rate, double oddShare, SplittableRandom random) {
    List<Fragment> out = new ArrayList<>(fragments.size());
    for (Fragment f : fragments) {
      out.add(f.isLiteral() ? f.withText(swap(f.text(), rate, oddShare, random)) : f);
    }
    return out;
  }

  /**
   * Edits a quotation so that it says something different: the first word with a known meaning
   * change is replaced (e.g. {@code never} becomes {@code rarely}).
   *
   * @return the edited quotation, or null when no word of it can be changed that way
   */
  @Nullable String editQuote(String quote) {
    Matcher m = WORD.matcher(quote);
    while (m.find()) {
      String edit = vocabulary.quoteEdits().get(m.group().toLowerCase(Locale.ROOT));
      if (edit != null) {
        String replaced = Character.isUpperCase(m.group().charAt(0)) ? Fragments.capitalise(edit) : edit;
        return quote.substring(0, m.start()) + replaced + quote.substring(m.end());
      }
    }
    return null;
  }
}
