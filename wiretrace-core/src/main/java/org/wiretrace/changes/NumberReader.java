package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Span;

/**
 * Finds the quantities in a passage and normalises them into {@link NumberExpression}s.
 *
 * <p>A quantity is read left to right as: hedge ("nearly", "more than"), currency symbol ("$",
 * "US$"), value (digits with fractions "4-1/2"/"4½", words "four and a half", or a vague magnitude
 * "tens of thousands"), scale ("million", glued "m"/"bn"), then percent, currency name or unit
 * ("hours", "mm"), then the counted noun ("rounds"). Words already claimed by a date ("March 14",
 * "2018") are skipped, so years and days never count as quantities.
 */
final class NumberReader {

  private static final Map<String, NumberExpression.Hedge> HEDGES = Map.ofEntries(
      Map.entry("about", NumberExpression.Hedge.APPROX), Map.entry("around", NumberExpression.Hedge.APPROX),
      Map.entry("approximately", NumberExpression.Hedge.APPROX), Map.entry("roughly", NumberExpression.Hedge.APPROX),
      Map.entry("some", NumberExpression.Hedge.APPROX), Map.entry("circa", NumberExpression.Hedge.APPROX),
      Map.entry("estimated", NumberExpression.Hedge.APPROX), Map.entry("nearly", NumberExpression.Hedge.BELOW),
      Map.entry("almost", NumberExpression.Hedge.BELOW), Map.entry("under", NumberExpression.Hedge.BELOW),
      Map.entry("over", NumberExpression.Hedge.ABOVE), Map.entry("upwards", NumberExpression.Hedge.ABOVE),
      Map.entry("exceeding", NumberExpression.Hedge.ABOVE));

  private static final Map<String, NumberExpression.Hedge> TWO_WORD_HEDGES = Map.ofEntries(
      Map.entry("more than", NumberExpression.Hedge.ABOVE), Map.entry("over than", NumberExpression.Hedge.ABOVE),
      Map.entry("at least", NumberExpression.Hedge.ABOVE), Map.entry("in excess", NumberExpression.Hedge.ABOVE),
      Map.entry("just over", NumberExpression.Hedge.ABOVE), Map.entry("well over", NumberExpression.Hedge.ABOVE),
      Map.entry("less than", NumberExpression.Hedge.BELOW), Map.entry("fewer than", NumberExpression.Hedge.BELOW),
      Map.entry("at most", NumberExpression.Hedge.BELOW), Map.entry("up to", NumberExpression.Hedge.BELOW),
      Map.entry("just under", NumberExpression.Hedge.BELOW), Map.entry("as many", NumberExpression.Hedge.BELOW),
      Map.entry("as much", NumberExpression.Hedge.BELOW), Map.entry("close to", NumberExpression.Hedge.BELOW),
      Map.entry("an estimated", NumberExpression.Hedge.APPROX), Map.entry("some estimated", NumberExpression.Hedge.APPROX));

  /** "no less than 14" is a lower bound, "no more than 14" an upper one: not a negation of "less than". */
  private static final Map<String, NumberExpression.Hedge> THREE_WORD_HEDGES = Map.of(
      "no less than", NumberExpression.Hedge.ABOVE, "no fewer than", NumberExpression.Hedge.ABOVE,
      "no more than", NumberExpression.Hedge.BELOW, "not more than", NumberExpression.Hedge.BELOW,
      "not less than", NumberExpression.Hedge.ABOVE, "not fewer than", NumberExpression.Hedge.ABOVE);

  /** Words after a number that make it a clock time, not a quantity ("8 a.m.", "14:00 GMT"). */
  private static final Set<String> TIME_OF_DAY = Set.of("am", "pm", "gmt", "utc", "et", "est", "edt", "bst", "cet", "pt", "pst", "pdt", "oclock");

  private static final Set<String> HEAD_SKIP = Set.of("of", "more", "new", "additional", "other", "extra");
  private static final Set<String> NOT_HEADS = Set.of(
      "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "as", "per",
      "is", "was", "are", "were", "be", "been", "that", "which", "who", "than", "of", "it", "its",
      "their", "his", "her", "this", "these", "those", "said", "says", "after", "before", "since",
      "while", "when", "but", "into", "over", "under", "about", "among", "between", "each", "ago");

  private NumberReader() {}

  /**
   * Returns the quantities in a passage's lexical tokens.
   *
   * @param words the passage's words and numbers
   * @param claimed spans already read as dates; words inside them are skipped
   * @return the quantities in text order
   */
  static List<NumberExpression> read(List<WordToken> words, List<Span> claimed) {
    List<NumberExpression> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Cursor cursor = isClaimed(words.get(i), claimed) ? null : readAt(words, i, claimed);
      if (cursor == null || cursor.timeOfDay) {
        i = cursor == null ? i + 1 : cursor.end;
      } else {
        found.add(cursor.build(words));
        i = cursor.end;
      }
    }
    return found;
  }

  private static boolean isClaimed(WordToken token, List<Span> claimed) {
    Span span = new Span(token.start(), token.end());
    return claimed.stream().anyMatch(c -> c.overlaps(span));
  }

  private static @Nullable Cursor readAt(List<WordToken> words, int i, List<Span> claimed) {
    Cursor c = new Cursor(i);
    c.readHedge(words);
    c.readCurrencySymbol(words);
    if (c.pos >= words.size() || isClaimed(words.get(c.pos), claimed) || !c.readValue(words)) {
      return null;
    }
    c.readScale(words);
    c.readUnit(words);
    c.readHead(words);
    return c;
  }

  /**
   * Parses digits with grouping commas and fractions: "1,000", "4.5", ".85", "1,2" (a decimal comma),
   * "4-1/2", "4½", "1/2". A
   * decimal before a slash is a quoted range's first figure ("136.03/14" reads 136.03).
   */
  static double parseDigits(String text) {
    String t = DECIMAL_COMMA.matcher(text).matches() ? text.replace(',', '.') : text.replace(",", "").replace(" ", "");
    double fraction = 0;
    for (Map.Entry<String, Double> vulgar : VULGAR_FRACTIONS.entrySet()) {
      if (t.endsWith(vulgar.getKey())) {
        fraction = vulgar.getValue();
        t = t.substring(0, t.length() - 1);
      }
    }
    int dash = t.indexOf('-');
    if (dash > 0) {
      return Double.parseDouble(t.substring(0, dash)) + ratio(t.substring(dash + 1)) + fraction;
    }
    if (t.contains("/") && t.substring(0, t.indexOf('/')).contains(".")) {
      return Double.parseDouble(t.substring(0, t.indexOf('/'))) + fraction;
    }
    return (t.isEmpty() ? 0 : t.contains("/") ? ratio(t) : Double.parseDouble(t)) + fraction;
  }

  private static final Map<String, Double> VULGAR_FRACTIONS =
      Map.of("½", 0.5, "¼", 0.25, "¾", 0.75, "⅓", 1.0 / 3, "⅔", 2.0 / 3, "⅛", 0.125);

  /**
   * A decimal comma, as the tokenizer reads it only before a scale word or percent ("1,2 million"):
   * one or two digits after the comma cannot be a thousands group.
   */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");

  /** The place value of the last written digit: 1 for "40", 0.1 for "39.5", 0 (unknown) for fractions. */
  static double lastDigitStep(String text) {
    String t = DECIMAL_COMMA.matcher(text.strip()).matches() ? text.strip().replace(',', '.') : text.replace(",", "").strip();
    if (!t.matches("\\d*(\\.\\d+)?") || t.isEmpty()) {
      return 0;
    }
    int dot = t.indexOf('.');
    return dot < 0 ? 1 : Math.pow(10, -(t.length() - dot - 1));
  }

  private static double ratio(String t) {
    int slash = t.indexOf('/');
    double denominator = Double.parseDouble(t.substring(slash + 1));
    return denominator == 0 ? 0 : Double.parseDouble(t.substring(0, slash)) / denominator;
  }

  /** Mutable state while one quantity is read; {@link #pos} is the next word to look at. */
  private static final class Cursor {
    final int begin;
    int pos;
    int end;
    int valueIndex;
    double value;
    int order = -1;
    boolean ordinal;
    NumberExpression.Hedge hedge = NumberExpression.Hedge.EXACT;
    String hedgeWords = "";
    String unit = "";
    String unitWord = "";
    double factor = 1;
    String head = "";
    boolean timeOfDay;
    double step = 1;

    Cursor(int begin) {
      this.begin = begin;
      this.pos = begin;
    }

    void readHedge(List<WordToken> words) {
      String w = norm(words, pos);
      String two = w + " " + norm(words, pos + 1);
      String three = two + " " + norm(words, pos + 2);
      if (THREE_WORD_HEDGES.containsKey(three)) {
        hedge = THREE_WORD_HEDGES.get(three);
        hedgeWords = three;
        pos += 3;
      } else if (TWO_WORD_HEDGES.containsKey(two)) {
        hedge = TWO_WORD_HEDGES.get(two);
        hedgeWords = two;
        pos += two.startsWith("as ") || two.startsWith("in ") ? 3 : 2;
      } else if (HEDGES.containsKey(w)) {
        hedge = HEDGES.get(w);
        hedgeWords = w;
        pos += 1;
      }
    }

    void readCurrencySymbol(List<WordToken> words) {
      if (Currencies.DOLLAR_COUNTRIES.contains(norm(words, pos)) && norm(words, pos + 1).equals("$")) {
        pos++;
      }
      String code = Currencies.symbol(norm(words, pos));
      if (code != null) {
        unit = code;
        pos++;
      }
    }

    boolean readValue(List<WordToken> words) {
      valueIndex = pos;
      WordToken token = words.get(pos);
      if (token.isNumber()) {
        return readDigits(words, token);
      }
      WordNumbers.Reading reading = WordNumbers.read(words, pos);
      if (reading != null) {
        value = reading.value();
        ordinal = reading.ordinal();
        pos += reading.length();
        return true;
      }
      int[] vague = VagueMagnitudes.read(words, pos);
      if (vague == null) {
        return false;
      }
      order = vague[0];
      value = Math.pow(10, order);
      pos += vague[1];
      return true;
    }

    private boolean readDigits(List<WordToken> words, WordToken token) {
      if (unit.isEmpty() && hedgeWords.isEmpty() && DateReader.isYear(words, pos)) {
        return false;
      }
      value = parseDigits(token.text());
      step = lastDigitStep(token.text());
      pos++;
      readSpacedFraction(words, token);
      if (pos < words.size() && token.touches(words.get(pos))
          && Set.of("st", "nd", "rd", "th").contains(words.get(pos).norm())) {
        ordinal = true;
        pos++;
      }
      if (norm(words, pos).equals("and") && norm(words, pos + 1).equals("a") && norm(words, pos + 2).equals("half")) {
        value += 0.5;
        pos += 3;
      }
      return true;
    }

    /** Reads a fraction written after a space ("5 1/2 months") as part of a whole number. */
    private void readSpacedFraction(List<WordToken> words, WordToken whole) {
      if (pos < words.size() && whole.text().matches("\\d+") && words.get(pos).isNumber()
          && words.get(pos).text().matches("\\d/\\d{1,2}")) {
        double fraction = parseDigits(words.get(pos).text());
        if (fraction > 0 && fraction < 1) {
          value += fraction;
          step = 0;
          pos++;
        }
      }
    }

    void readScale(List<WordToken> words) {
      if (ordinal || order >= 0 || pos >= words.size()) {
        return;
      }
      WordToken next = words.get(pos);
      Double scale = Units.SCALES.get(next.norm());
      boolean glued = pos > 0 && words.get(pos - 1).touches(next);
      if (scale != null && (glued || !Units.GLUED_SCALES.contains(next.norm()))) {
        value *= scale;
        step *= scale;
        pos++;
        readScale(words);
      }
    }

    void readUnit(List<WordToken> words) {
      if (ordinal) {
        return;
      }
      String w = norm(words, pos);
      if (w.equals("per") && norm(words, pos + 1).equals("cent")) {
        unit = "%";
        pos += 2;
        return;
      }
      if (w.equals("percentage") && norm(words, pos + 1).startsWith("point")) {
        unit = "pp";
        pos += 2;
        return;
      }
      int skip = Currencies.DOLLAR_COUNTRIES.contains(w) ? 1 : 0;
      String currency = Currencies.name(norm(words, pos + skip));
      if (currency != null && (unit.isEmpty() || unit.equals(currency))) {
        unit = currency;
        pos += 1 + skip;
        return;
      }
      Units.Unit measure = Units.unit(w);
      if (measure != null && unit.isEmpty() && !(w.equals("m") && !words.get(pos - 1).touches(words.get(pos)))) {
        unit = measure.base();
        unitWord = unitWordOf(w, measure);
        factor = measure.factor();
        value *= measure.factor();
        step *= measure.factor();
        pos++;
      }
    }

    private static String unitWordOf(String w, Units.Unit measure) {
      String singular = Units.singular(w);
      return w.equals("%") || Units.unit(singular) == null ? measure.base() : singular;
    }

    void readHead(List<WordToken> words) {
      end = pos;
      if (!unit.isEmpty() && !ordinal) {
        return;
      }
      int p = pos;
      while (HEAD_SKIP.contains(norm(words, p)) && p - pos < 2) {
        p++;
      }
      if (isParticiple(norm(words, p))) {
        p++; // "18 suspected cases" counts cases; "611 million exchanged at" counts nothing
        if (norm(words, p).endsWith("ly")) {
          p = words.size(); // "9,000 located roughly 12 kilometres away" counts nothing
        }
      }
      String w = norm(words, p);
      if (p < words.size() && words.get(p).isWord() && Character.isLetter(w.charAt(0)) && !NOT_HEADS.contains(w)
          && !isParticiple(w)) {
        head = outOf(words, p).orElse(Units.singular(w));
      }
      timeOfDay = TIME_OF_DAY.contains(w.replace(".", ""));
    }

    /**
     * A score's scale as its head ("7 out of 10" counts "out of 10"), so that a score pairs with
     * a score and reads as one, not as a count of "outs".
     */
    private static Optional<String> outOf(List<WordToken> words, int p) {
      boolean scale = norm(words, p).equals("out") && norm(words, p + 1).equals("of") && p + 2 < words.size()
          && words.get(p + 2).isNumber();
      return scale ? Optional.of("out of " + words.get(p + 2).text()) : Optional.empty();
    }

    /** A verb form ending in "-ed" or "-ing" ("suspected", "having"): no counted noun. */
    private static boolean isParticiple(String w) {
      return w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
    }

    NumberExpression build(List<WordToken> words) {
      WordToken first = words.get(begin);
      WordToken last = words.get(end - 1);
      Span span = new Span(first.start(), last.end());
      String text = joined(words, begin, end);
      return new NumberExpression(span, text, value, order, hedge, hedgeWords, unit, unitWord, factor, head, ordinal, valueIndex, step);
    }

    private static String joined(List<WordToken> words, int from, int to) {
      StringBuilder sb = new StringBuilder();
      for (int k = from; k < to; k++) {
        if (k > from && !words.get(k - 1).touches(words.get(k))) {
          sb.append(' ');
        }
        sb.append(words.get(k).text());
      }
      return sb.toString();
    }

    private static String norm(List<WordToken> words, int p) {
      return p < words.size() ? words.get(p).norm() : "";
    }
  }
}
