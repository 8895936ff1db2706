package org.wiretrace.changes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Currency symbols, names and ISO codes, normalised to the ISO code ("$", "US dollars" to USD). */
final class Currencies {

  private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("dollar", "USD"), Map.entry("usd", "USD"), Map.entry("euro", "EUR"),
      Map.entry("eur", "EUR"), Map.entry("sterling", "GBP"),
      Map.entry("gbp", "GBP"), Map.entry("yen", "JPY"), Map.entry("jpy", "JPY"),
      Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("cny", "CNY"),
      Map.entry("rouble", "RUB"), Map.entry("ruble", "RUB"), Map.entry("rub", "RUB"),
      Map.entry("rupee", "INR"), Map.entry("inr", "INR"), Map.entry("hryvnia", "UAH"),
      Map.entry("franc", "CHF"), Map.entry("chf", "CHF"));

  /** Country words that may precede "dollars" or "$" without changing the currency named. */
  static final Set<String> DOLLAR_COUNTRIES = Set.of("us", "u.s", "american");

  private static final Set<String> CODES = Set.copyOf(List.of("USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "UAH", "CHF"));

  private Currencies() {}

  /** Returns the ISO code for a currency symbol, or null. */
  static @Nullable String symbol(String norm) {
    return SYMBOLS.get(norm);
  }

  /** Returns the ISO code for a currency word ("dollars", "euro", "USD"), or null. */
  static @Nullable String name(String norm) {
    String code = NAMES.get(norm);
    return code != null ? code : NAMES.get(Units.singular(norm));
  }

  /** Returns whether a normalised unit is a currency code. */
  static boolean isCurrency(String unit) {
    return CODES.contains(unit);
  }
}
