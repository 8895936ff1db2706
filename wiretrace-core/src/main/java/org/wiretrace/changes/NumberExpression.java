package org.wiretrace.changes;

import java.math.BigDecimal;
import java.util.Locale;
import org.wiretrace.model.Span;

/**
 * A quantity read from text, normalised so that differently written equal quantities compare
 * equal: "$350 million", "350 million US dollars" and "$350m" all become 350,000,000 USD.
 *
 * @param span the words read, absolute (hedge, currency, value, scale and unit)
 * @param text the original characters of the span
 * @param value the value in the unit's base (hours for durations); for a vague magnitude, its lower bound
 * @param order for a vague magnitude ("thousands"), the power of ten it names; otherwise -1
 * @param hedge how the value is bounded
 * @param hedgeWords the hedge as written ("nearly"), or empty
 * @param unit the normalised unit: a currency code, {@code %}, {@code pp}, a base unit such as
 *     {@code hour}, or empty
 * @param unitWord the unit as written, singular ("year" for a value kept in months), or empty
 * @param factor base units per written unit (12 for years), 1 when none
 * @param head the counted noun following the quantity, singularised ("round"), or empty
 * @param ordinal whether the quantity is an ordinal ("third", "3rd")
 * @param wordIndex index of the first value word among the passage's lexical tokens
 * @param step the place value of the last written digit in base units (1,000,000 for "$40
 *     million", 100,000 for "$39.5 million"), or 0 when not written in digits
 */
record NumberExpression(
    Span span,
    String text,
    double value,
    int order,
    Hedge hedge,
    String hedgeWords,
    String unit,
    String unitWord,
    double factor,
    String head,
    boolean ordinal,
    int wordIndex,
    double step) {

  /** How a quantity is bounded by its hedge word. */
  enum Hedge {
    /** No hedge: the value as stated. */
    EXACT,
    /** "about", "around", "roughly": either side of the value. */
    APPROX,
    /** "nearly", "almost", "up to", "less than": at or below. */
    BELOW,
    /** "more than", "over", "at least": at or above. */
    ABOVE
  }

  boolean vague() {
    return order >= 0;
  }

  /** Returns a plain-words rendering of the normalised quantity, e.g. "nearly 4.5 hours". */
  String describe() {
    String prefix = hedgeWords.isEmpty() ? "" : hedgeWords + " ";
    if (vague()) {
      return prefix + VagueMagnitudes.name(order) + unitSuffix();
    }
    if (ordinal) {
      return prefix + format(value) + ordinalSuffix((long) value) + headSuffix();
    }
    if (Currencies.isCurrency(unit)) {
      return prefix + format(value) + " " + unit;
    }
    return prefix + format(value / factor) + unitSuffix();
  }

  private String unitSuffix() {
    if (unit.isEmpty()) {
      return headSuffix();
    }
    if (unit.equals("%") || unit.equals("pp")) {
      return unit.equals("%") ? "%" : " percentage points";
    }
    String word = unitWord.isEmpty() ? unit : unitWord;
    return " " + (value == factor ? word : Units.plural(word));
  }

  private String headSuffix() {
    return head.isEmpty() ? "" : " " + (value == 1 || ordinal || head.contains(" ") ? head : Units.plural(head));
  }

  /** Formats a value plainly: "4.5", "12,000", "350 million", "1.2 billion". */
  static String format(double value) {
    if (Math.abs(value) >= 1e9 && isRound(value / 1e9)) {
      return plain(value / 1e9) + " billion";
    }
    if (Math.abs(value) >= 1e6 && isRound(value / 1e6)) {
      return plain(value / 1e6) + " million";
    }
    if (Math.abs(value) >= 1e4 && value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return plain(value);
  }

  private static boolean isRound(double scaled) {
    return Math.abs(scaled * 1000 - Math.rint(scaled * 1000)) < 1e-6;
  }

  private static String plain(double value) {
    BigDecimal decimal = new BigDecimal(Double.toString(value)).round(new java.math.MathContext(10)).stripTrailingZeros();
    return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
  }

  private static String ordinalSuffix(long n) {
    long lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return "th";
    }
    return switch ((int) (n % 10)) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
