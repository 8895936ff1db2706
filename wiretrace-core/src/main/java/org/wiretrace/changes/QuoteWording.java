package org.wiretrace.changes;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a changed hunk between two matched quotations is only a difference of writing,
 * not of words: contractions ("We're" / "We are"), hyphenation ("head-kicker" / "head kicker",
 * "chipset" / "chip-set"), or an editor's elision or insertion marked with an ellipsis or brackets
 * ("selling ... against", "[against Islam]"), a number written in digits or words ("2"/"two"), a
 * pronoun replaced by the name it stands for ("our"/"SCO's"), or a suspended hyphen ("short- or
 * long-lived" for "short-lived or long-lived").
 */
final class QuoteWording {

  private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
      Map.entry("n't", " not"), Map.entry("'re", " are"), Map.entry("'m", " am"), Map.entry("'ve", " have"),
      Map.entry("'ll", " will"), Map.entry("'d", " would"));
  private static final Pattern PRONOUN_IS = Pattern.compile("\\b(it|that|he|she|there|what|here|who|where)'s\\b");
  private static final Pattern EDITORIAL = Pattern.compile("\\.\\s*\\.\\s*\\.|…|[\\[\\]()]");

  private QuoteWording() {}

  /**
   * Returns whether a hunk is a difference of writing only.
   *
   * @param pair the pair, for the original text around the hunk
   * @param source the source quotation's words
   * @param derived the derived quotation's words
   * @param hunk a changed hunk of their diff
   * @return true when the hunk changes no word
   */
  static boolean sameWording(PassagePair pair, List<WordToken> source, List<WordToken> derived, WordDiff.Hunk hunk) {
    String a = key(source.subList(hunk.sourceFrom(), hunk.sourceTo()));
    String b = key(derived.subList(hunk.derivedFrom(), hunk.derivedTo()));
    List<WordToken> from = source.subList(hunk.sourceFrom(), hunk.sourceTo());
    List<WordToken> to = derived.subList(hunk.derivedFrom(), hunk.derivedTo());
    return a.equals(b) || sameName(from, to) || sameNumber(from, to) || referent(from, to) || referent(to, from)
        || suspended(pair.derived(), to, b, a) || suspended(pair.source(), from, a, b)
        || editorial(pair.source(), source, hunk.sourceFrom(), hunk.sourceTo())
        || editorial(pair.derived(), derived, hunk.derivedFrom(), hunk.derivedTo());
  }

  /**
   * Whether {@code words} is one word written with a suspended hyphen ("short- or long-lived") that
   * stands for the other side's compound ("short-lived"): its key starts the other key and the
   * original text has a hyphen right after it.
   */
  private static boolean suspended(Passage passage, List<WordToken> words, String key, String otherKey) {
    if (words.size() != 1 || key.isEmpty() || !otherKey.startsWith(key) || otherKey.equals(key)) {
      return false;
    }
    String text = passage.articleText();
    int end = words.getFirst().end();
    return end < text.length() && text.charAt(end) == '-' || words.getFirst().text().endsWith("-");
  }

  /**
   * The words with contractions expanded, then apostrophes, hyphens and spaces removed, so that
   * "Day's"/"Day", "Princess'"/"princess's", "We're"/"We are" and "chip-set"/"chipset" share a key;
   * the future written "is going to" shares the key of "will".
   */
  static String key(List<WordToken> words) {
    return String.join("", parts(words));
  }

  /**
   * The key with every part stemmed ({@link FunctionWords#stem}): "teams"/"team" and
   * "world's"/"world" share it, so that only a change of word remains.
   *
   * @param words the words
   * @return the stemmed key
   */
  static String stemKey(List<WordToken> words) {
    return String.join("", parts(words).stream().map(FunctionWords::stem).toList());
  }

  private static List<String> parts(List<WordToken> words) {
    StringBuilder spaced = new StringBuilder();
    for (WordToken w : words) {
      for (String part : expand(w.norm()).split("[\\s-]+")) {
        spaced.append(' ').append(spelling(part.replaceAll("'s?$", "").replace("'", "").replace(".", "")));
      }
    }
    String future = GOING_TO.matcher(spaced.append(' ')).replaceAll(" will ");
    return Arrays.stream(future.split(" ")).filter(p -> !p.isEmpty()).toList();
  }

  private static final Pattern GOING_TO = Pattern.compile(" (?:is|are|am) going to ");

  /** Whether both sides state the same number, one in digits and one in words ("2"/"two"). */
  static boolean sameNumber(List<WordToken> a, List<WordToken> b) {
    double x = numberOf(a);
    double y = numberOf(b);
    return !Double.isNaN(x) && x == y;
  }

  private static double numberOf(List<WordToken> words) {
    if (words.size() == 1 && words.getFirst().isNumber()) {
      try {
        return Double.parseDouble(words.getFirst().norm().replace(",", ""));
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    WordNumbers.Reading reading = words.isEmpty() ? null : WordNumbers.read(words, 0);
    return reading != null && reading.length() == words.size() && !reading.ordinal() ? reading.value() : Double.NaN;
  }

  /** Pronouns an editor may replace by the name they stand for ("our" for "SCO's"). */
  private static final Set<String> PRONOUNS = Set.of("i", "we", "he", "she", "they", "it", "me", "us",
      "him", "her", "them", "my", "our", "his", "their", "its", "your", "you");

  /**
   * Whether {@code named} spells out who {@code pronoun} refers to: a pronoun (or a title, "Ms.")
   * replaced by a name ("our direction" quoted as "SCO's direction", "Ms. Stewart" as "Martha
   * Stewart"). Such an edit is an editor's clarification of the same words, not a change of what
   * was said.
   *
   * @param pronoun the words replaced
   * @param named the words put in their place
   * @return true when one side is pronouns or titles only and the other a name only
   */
  static boolean referent(List<WordToken> pronoun, List<WordToken> named) {
    boolean pronouns = !pronoun.isEmpty() && pronoun.stream().map(w -> expanded(w.norm()).getFirst())
        .allMatch(w -> PRONOUNS.contains(w) || EntityAliases.TITLES.contains(w));
    boolean name = !named.isEmpty() && named.stream().allMatch(w -> hasCapital(w) || w.norm().equals("the"))
        && named.stream().anyMatch(w -> hasCapital(w) && !PRONOUNS.contains(w.norm()));
    return pronouns && name;
  }

  /** British and American spellings: "labour"/"labor", "stabilise"/"stabilize", "travellers"/"travelers". */
  private static final List<String[]> SPELLINGS = List.of(
      new String[] {"([a-z]{2,})our(s|ed|ing)?$", "$1or$2"}, new String[] {"([a-z]{3,})is(e|es|ed|ing|ation|ations)$", "$1iz$2"},
      new String[] {"([a-z]{3,}[ae])ll(ed|ing|er|ers)$", "$1l$2"}, new String[] {"gement(s?)$", "gment$1"},
      new String[] {"([a-z]{2,})tre(s?)$", "$1ter$2"}, new String[] {"([a-z]{2,}[fc])ence$", "$1ense"});
  /** Month abbreviations as written in quotes ("Sept.") folded to the full name. */
  private static final Map<String, String> MONTHS = Map.of("jan", "january", "feb", "february", "aug", "august",
      "sep", "september", "sept", "september", "oct", "october", "nov", "november", "dec", "december");
  /** Auxiliaries written with "nt" and no apostrophe ("isnt", "dont"). */
  private static final Pattern BARE_NOT = Pattern.compile("(is|was|are|were|do|does|did|has|have|had|could|would|should|ca|wo)nt");

  /** Folds British spellings and month abbreviations so that only a change of word remains. */
  static String spelling(String part) {
    String w = MONTHS.getOrDefault(part, part);
    for (String[] rule : SPELLINGS) {
      w = w.replaceAll(rule[0], rule[1]);
    }
    return w;
  }

  /** Most words a side of a name written two ways ("Al Qaeda"/"al-Qaida"). */
  private static final int NAME_WORDS = 2;

  /**
   * Whether a hunk is the same name spelled differently ("al-Qaeda"/"al-Qaida", "Al Qaeda"/
   * "al-Qaida"): at most {@value #NAME_WORDS} words a side, all capitalised on one side, and the
   * name keys of the words run together similar ({@link EntityNames}).
   */
  static boolean sameName(List<WordToken> a, List<WordToken> b) {
    if (a.isEmpty() || b.isEmpty() || a.size() > NAME_WORDS || b.size() > NAME_WORDS
        || !(a.stream().allMatch(QuoteWording::hasCapital) || b.stream().allMatch(QuoteWording::hasCapital))) {
      return false;
    }
    String ka = EntityNames.key(runTogether(a));
    String kb = EntityNames.key(runTogether(b));
    boolean single = a.size() == 1 && b.size() == 1;
    return EntityNames.similar(ka, kb)
        || single && (lastPart(a.getFirst()).equals(b.getFirst().norm()) || lastPart(b.getFirst()).equals(a.getFirst().norm()));
  }

  private static String runTogether(List<WordToken> words) {
    return String.join("", words.stream().map(w -> w.text().replace("-", "")).toList());
  }

  /** The last part of a hyphenated name ("Ghozi" of "al-Ghozi"), or the whole word. */
  private static String lastPart(WordToken w) {
    String norm = w.norm();
    return norm.substring(norm.lastIndexOf('-') + 1);
  }

  /**
   * Returns a word with its contraction written out, as words ("we've" gives "we", "have").
   *
   * @param norm the normalised word
   * @return the word or words it stands for
   */
  static List<String> expanded(String norm) {
    return List.of(expand(norm).split("\\s+"));
  }

  /** A capital anywhere in the word: names like "al-Qaeda" and "iPhone" start in lower case. */
  private static boolean hasCapital(WordToken w) {
    return w.text().chars().anyMatch(Character::isUpperCase);
  }

  private static String expand(String norm) {
    Matcher bare = BARE_NOT.matcher(norm);
    String w = norm.equals("can't") ? "can not" : norm.equals("won't") ? "will not" : norm;
    if (bare.matches()) {
      String aux = bare.group(1);
      w = (aux.equals("ca") ? "can" : aux.equals("wo") ? "will" : aux) + " not";
    }
    w = PRONOUN_IS.matcher(w).replaceAll("$1 is");
    for (Map.Entry<String, String> c : CONTRACTIONS.entrySet()) {
      if (w.endsWith(c.getKey())) {
        w = w.substring(0, w.length() - c.getKey().length()) + c.getValue();
      }
    }
    return w;
  }

  /** Whether the original text around a hunk carries an ellipsis or brackets. */
  private static boolean editorial(Passage passage, List<WordToken> words, int from, int to) {
    int start = from > 0 ? words.get(from - 1).end() : words.getFirst().start();
    int end = to < words.size() ? words.get(to).start() : words.getLast().end();
    return end > start && EDITORIAL.matcher(passage.articleText().substring(start, end)).find();
  }
}
