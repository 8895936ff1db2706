package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Span;

/**
 * Finds dates in a passage: month-day-year forms ("March 14", "14 March 2023", "March 2023"),
 * weekdays, years, and relative expressions ("next year", "earlier this month", "the following
 * day", "two weeks ago", "yesterday").
 *
 * <p>Month and weekday names count only when capitalised, and "May"/"March" only next to a day,
 * a year or a time preposition, so the modal "may" and the verb "march" are not read as dates.
 */
final class DateReader {

  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  static final Map<String, Integer> WEEKDAYS = Map.of(
      "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

  private static final Map<String, DateExpression.Unit> UNITS = Map.of(
      "day", DateExpression.Unit.DAY, "week", DateExpression.Unit.WEEK, "weekend", DateExpression.Unit.WEEK,
      "month", DateExpression.Unit.MONTH, "year", DateExpression.Unit.YEAR);

  private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");

  private static final Map<String, Integer> DEICTIC = Map.of("last", -1, "this", 0, "next", 1, "coming", 1);
  private static final Map<String, Integer> NARRATIVE = Map.of(
      "following", 1, "next", 1, "previous", -1, "prior", -1, "preceding", -1, "same", 0);
  private static final Set<String> QUALIFIERS = Set.of("earlier", "later", "early", "late", "mid");
  private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "since", "until", "by", "from", "of", "early", "late", "mid", "last", "next", "this", "before", "after", "through", "during", "between", "and", "to");

  private DateReader() {}

  /**
   * Returns the dates in a passage's lexical tokens.
   *
   * @param words the passage's words and numbers
   * @return the dates in text order
   */
  static List<DateExpression> read(List<WordToken> words) {
    List<DateExpression> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Builder b = readAt(words, i);
      if (b == null) {
        i++;
      } else {
        found.add(b.build(words));
        i = b.end;
      }
    }
    return found;
  }

  private static @Nullable Builder readAt(List<WordToken> words, int i) {
    Builder b = new Builder(i);
    if (b.readDayWord(words) || b.readRelative(words) || b.readNarrative(words) || b.readAgo(words)
        || b.readCalendar(words)) {
      return b;
    }
    return null;
  }

  static boolean isYear(List<WordToken> words, int p) {
    if (p >= words.size() || !words.get(p).isNumber() || !words.get(p).text().matches("1[89]\\d\\d|20\\d\\d|21\\d\\d")) {
      return false;
    }
    if (p > 0 && Currencies.symbol(words.get(p - 1).norm()) != null) {
      return false;
    }
    String next = p + 1 < words.size() ? words.get(p + 1).norm() : "";
    boolean glued = p + 1 < words.size() && words.get(p).touches(words.get(p + 1));
    return !(glued && next.equals("s")) && Units.unit(next) == null && Currencies.name(next) == null
        && Units.SCALES.get(next) == null;
  }

  /** Mutable state while one date is read. */
  private static final class Builder {
    final int begin;
    int end;
    int year;
    int month;
    int day;
    int weekday;
    DateExpression.Unit unit = DateExpression.Unit.NONE;
    int offset;
    boolean anchored = true;
    String qualifier = "";
    String season = "";

    Builder(int begin) {
      this.begin = begin;
      this.end = begin;
    }

    boolean readDayWord(List<WordToken> words) {
      Integer off = Map.of("today", 0, "tonight", 0, "yesterday", -1, "tomorrow", 1).get(norm(words, begin));
      if (off == null) {
        return false;
      }
      unit = DateExpression.Unit.DAY;
      offset = off;
      end = begin + 1;
      return true;
    }

    /** "[earlier|later] this|last|next week|month|year|summer|Monday|March". */
    boolean readRelative(List<WordToken> words) {
      int p = begin;
      if (QUALIFIERS.contains(norm(words, p))) {
        qualifier = norm(words, p);
        p++;
      }
      Integer off = DEICTIC.get(norm(words, p));
      if (off == null) {
        return false;
      }
      String what = norm(words, p + 1);
      return relativeUnit(words, what, off, p + 2);
    }

    private boolean relativeUnit(List<WordToken> words, String what, int off, int after) {
      if (UNITS.containsKey(what)) {
        unit = UNITS.get(what);
        offset = off;
      } else if (SEASONS.contains(what)) {
        unit = DateExpression.Unit.YEAR;
        season = what;
        offset = off;
      } else if (WEEKDAYS.containsKey(what) && words.get(after - 1).isCapitalized()) {
        weekday = WEEKDAYS.get(what);
      } else if (MONTHS.containsKey(what) && what.length() > 3 && words.get(after - 1).isCapitalized()) {
        month = MONTHS.get(what);
      } else {
        return false;
      }
      end = after;
      return true;
    }

    /** "the following year", "the next day", "the previous week". */
    boolean readNarrative(List<WordToken> words) {
      if (!norm(words, begin).equals("the")) {
        return false;
      }
      Integer off = NARRATIVE.get(norm(words, begin + 1));
      DateExpression.Unit u = UNITS.get(norm(words, begin + 2));
      if (off == null || u == null) {
        return false;
      }
      unit = u;
      offset = off;
      anchored = false;
      end = begin + 3;
      return true;
    }

    /** "two days ago", "a year ago". */
    boolean readAgo(List<WordToken> words) {
      WordNumbers.Reading n = words.get(begin).isNumber()
          ? new WordNumbers.Reading(NumberReader.parseDigits(words.get(begin).text()), 1, false)
          : norm(words, begin).equals("a") ? new WordNumbers.Reading(1, 1, false) : WordNumbers.read(words, begin);
      if (n == null || n.ordinal()) {
        return false;
      }
      int p = begin + n.length();
      DateExpression.Unit u = UNITS.get(Units.singular(norm(words, p)));
      if (u == null || !norm(words, p + 1).equals("ago")) {
        return false;
      }
      unit = u;
      offset = -(int) Math.round(n.value());
      end = p + 2;
      return true;
    }

    /** "March 14", "March 14, 2023", "14 March", "March 2023", "Monday", "2018". */
    boolean readCalendar(List<WordToken> words) {
      if (isWeekday(words, begin)) {
        weekday = WEEKDAYS.get(norm(words, begin));
        end = begin + 1;
        return true;
      }
      if (isMonth(words, begin)) {
        month = MONTHS.get(norm(words, begin));
        end = begin + 1;
        readDayThenYear(words);
        return true;
      }
      if (dayNumber(words, begin) > 0 && isMonth(words, begin + 1)) {
        day = dayNumber(words, begin);
        month = MONTHS.get(norm(words, begin + 1));
        end = begin + 2;
        readYear(words);
        return true;
      }
      if (isYear(words, begin)) {
        year = Integer.parseInt(words.get(begin).text());
        end = begin + 1;
        return true;
      }
      return false;
    }

    private void readDayThenYear(List<WordToken> words) {
      int d = dayNumber(words, end);
      if (d > 0) {
        day = d;
        end += words.get(end).touches(safe(words, end + 1)) && isOrdinalSuffix(norm(words, end + 1)) ? 2 : 1;
      }
      readYear(words);
    }

    private void readYear(List<WordToken> words) {
      int p = norm(words, end).equals("of") ? end + 1 : end;
      if (isYear(words, p)) {
        year = Integer.parseInt(words.get(p).text());
        end = p + 1;
      }
    }

    private static boolean isWeekday(List<WordToken> words, int p) {
      return p < words.size() && WEEKDAYS.containsKey(words.get(p).norm()) && words.get(p).isCapitalized();
    }

    private static boolean isMonth(List<WordToken> words, int p) {
      if (p >= words.size() || !MONTHS.containsKey(words.get(p).norm()) || !words.get(p).isCapitalized()) {
        return false;
      }
      String w = words.get(p).norm();
      if (!w.equals("may") && !w.equals("march") && w.length() > 3) {
        return true;
      }
      boolean before = p > 0 && (TIME_PREPOSITIONS.contains(words.get(p - 1).norm())
          || (w.equals("march") && !words.get(p - 1).isCapitalized()));
      return before || dayNumber(words, p + 1) > 0 || isYear(words, p + 1) || (p > 0 && dayNumber(words, p - 1) > 0);
    }

    private static int dayNumber(List<WordToken> words, int p) {
      if (p >= words.size() || !words.get(p).isNumber() || !words.get(p).text().matches("\\d{1,2}")) {
        return 0;
      }
      int d = Integer.parseInt(words.get(p).text());
      return d >= 1 && d <= 31 ? d : 0;
    }

    private static boolean isOrdinalSuffix(String norm) {
      return Set.of("st", "nd", "rd", "th").contains(norm);
    }

    private static WordToken safe(List<WordToken> words, int p) {
      return p < words.size() ? words.get(p) : new WordToken("", "", -1, -1, WordToken.Kind.PUNCT);
    }

    DateExpression build(List<WordToken> words) {
      Span span = new Span(words.get(begin).start(), words.get(end - 1).end());
      StringBuilder text = new StringBuilder();
      for (int k = begin; k < end; k++) {
        text.append(k > begin ? " " : "").append(words.get(k).text());
      }
      return new DateExpression(span, text.toString(), year, month, day, weekday, unit, offset, anchored, qualifier, season, begin);
    }

    private static String norm(List<WordToken> words, int p) {
      return p < words.size() ? words.get(p).norm() : "";
    }
  }
}
