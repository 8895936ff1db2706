package org.wiretrace.changes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Units of measure and their conversion to one base unit per dimension, so that "90 minutes" and
 * "1-1/2 hours" compare equal.
 */
final class Units {

  /**
   * A unit normalised to a base unit.
   *
   * @param base the base unit name ("hour", "month", "metre", "kg")
   * @param factor how many base units one of this unit is
   */
  record Unit(String base, double factor) {}

  private static final Map<String, Unit> UNITS = Map.ofEntries(
      Map.entry("second", new Unit("hour", 1.0 / 3600)), Map.entry("sec", new Unit("hour", 1.0 / 3600)),
      Map.entry("minute", new Unit("hour", 1.0 / 60)), Map.entry("min", new Unit("hour", 1.0 / 60)),
      Map.entry("hour", new Unit("hour", 1)), Map.entry("hr", new Unit("hour", 1)),
      Map.entry("day", new Unit("hour", 24)), Map.entry("week", new Unit("hour", 168)),
      Map.entry("fortnight", new Unit("hour", 336)),
      Map.entry("month", new Unit("month", 1)), Map.entry("year", new Unit("month", 12)),
      Map.entry("yr", new Unit("month", 12)), Map.entry("decade", new Unit("month", 120)),
      Map.entry("century", new Unit("month", 1200)),
      Map.entry("mm", new Unit("metre", 0.001)), Map.entry("millimetre", new Unit("metre", 0.001)),
      Map.entry("millimeter", new Unit("metre", 0.001)), Map.entry("cm", new Unit("metre", 0.01)),
      Map.entry("centimetre", new Unit("metre", 0.01)), Map.entry("centimeter", new Unit("metre", 0.01)),
      Map.entry("metre", new Unit("metre", 1)), Map.entry("meter", new Unit("metre", 1)),
      Map.entry("km", new Unit("metre", 1000)), Map.entry("kilometre", new Unit("metre", 1000)),
      Map.entry("kilometer", new Unit("metre", 1000)), Map.entry("mile", new Unit("metre", 1609.344)),
      Map.entry("foot", new Unit("metre", 0.3048)), Map.entry("feet", new Unit("metre", 0.3048)),
      Map.entry("inch", new Unit("metre", 0.0254)), Map.entry("yard", new Unit("metre", 0.9144)),
      Map.entry("kg", new Unit("kg", 1)), Map.entry("kilogram", new Unit("kg", 1)),
      Map.entry("gram", new Unit("kg", 0.001)), Map.entry("tonne", new Unit("kg", 1000)),
      Map.entry("ton", new Unit("kg", 1000)), Map.entry("pound", new Unit("kg", 0.45359237)),
      Map.entry("lb", new Unit("kg", 0.45359237)), Map.entry("acre", new Unit("acre", 1)),
      Map.entry("hectare", new Unit("acre", 2.47105)), Map.entry("percent", new Unit("%", 1)),
      Map.entry("%", new Unit("%", 1)), Map.entry("pct", new Unit("%", 1)));

  /** Scale words and suffixes: "million", "m", "bn". */
  static final Map<String, Double> SCALES = Map.of(
      "hundred", 1e2, "thousand", 1e3, "k", 1e3, "million", 1e6, "m", 1e6, "mn", 1e6,
      "billion", 1e9, "bn", 1e9, "trillion", 1e12, "tn", 1e12);

  /** Suffixes that only count as a scale when written against the digits ("350m"). */
  static final Set<String> GLUED_SCALES = Set.of("k", "m", "mn", "bn", "tn");

  private Units() {}

  /**
   * Returns the unit a word names, accepting plurals ("hours", "miles", "feet").
   *
   * @param norm the normalised word
   * @return the unit, or null
   */
  static @Nullable Unit unit(String norm) {
    for (String candidate : List.of(norm, singular(norm))) {
      Unit unit = UNITS.get(candidate);
      if (unit != null) {
        return unit;
      }
    }
    return null;
  }

  /**
   * Returns a naive singular: "rounds" to "round", "cities" to "city", "centuries" to "century";
   * "persons" folds to "people", the plural written for it, so the two compare equal.
   */
  static String singular(String norm) {
    if (norm.equals("persons")) {
      return "people";
    }
    if (norm.length() > 4 && norm.endsWith("ies")) {
      return norm.substring(0, norm.length() - 3) + "y";
    }
    if (norm.length() > 4 && (norm.endsWith("ches") || norm.endsWith("shes") || norm.endsWith("sses"))) {
      return norm.substring(0, norm.length() - 2);
    }
    if (norm.length() > 3 && norm.endsWith("s") && !norm.endsWith("ss") && !norm.endsWith("us")) {
      return norm.substring(0, norm.length() - 1);
    }
    return norm;
  }

  /** Nouns and adjectives used as counted nouns whose plural is the word itself or irregular. */
  private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
      Map.entry("person", "people"), Map.entry("foot", "feet"), Map.entry("man", "men"),
      Map.entry("woman", "women"), Map.entry("child", "children"), Map.entry("tooth", "teeth"),
      Map.entry("mouse", "mice"), Map.entry("goose", "geese"));
  private static final Set<String> INVARIANT_PLURALS = Set.of(
      "people", "feet", "men", "women", "children", "police", "staff", "sheep", "fish", "deer", "cattle", "personnel",
      "aircraft", "dead", "injured", "wounded", "missing", "homeless", "elderly", "series", "species", "news");

  /**
   * Returns the plural of a singular noun as {@link #singular} left it, for plain-words output:
   * "round" to "rounds", "city" to "cities", "people" and "feet" unchanged, adjectives used as nouns
   * ("dead", "injured") unchanged.
   */
  static String plural(String noun) {
    String lower = noun.toLowerCase(Locale.ROOT);
    if (INVARIANT_PLURALS.contains(lower) || lower.endsWith("ed") || lower.isEmpty() || !Character.isLetter(lower.charAt(lower.length() - 1))) {
      return noun;
    }
    String irregular = IRREGULAR_PLURALS.get(lower);
    if (irregular != null) {
      return irregular;
    }
    if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
      return noun + "es";
    }
    boolean consonantY = lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0;
    return consonantY ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }
}
