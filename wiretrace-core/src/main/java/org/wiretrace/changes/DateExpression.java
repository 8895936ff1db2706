package org.wiretrace.changes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.wiretrace.model.Span;

/**
 * A point or period in time read from text: absolute parts ("March 14, 2023", "Monday", "2018")
 * and/or a relative offset ("next year", "last month", "earlier this month", "two days ago").
 * A part that is not stated is 0.
 *
 * @param span the words read, absolute
 * @param text the words as written
 * @param year the year, or 0
 * @param month the month 1-12, or 0
 * @param day the day of month, or 0
 * @param weekday the ISO day of week 1-7, or 0
 * @param unit the unit of a relative offset, or NONE
 * @param offset the relative offset in {@code unit}s (-1 for "last", 0 for "this", +1 for "next")
 * @param anchored whether the offset counts from publication ("next year"); false when it counts
 *     from the story's own time ("the following year")
 * @param qualifier "earlier"/"later"/"early"/"late"/"mid", or empty
 * @param season a season named with a relative ("last summer"), or empty
 * @param wordIndex index of the first word among the passage's lexical tokens
 */
record DateExpression(
    Span span,
    String text,
    int year,
    int month,
    int day,
    int weekday,
    Unit unit,
    int offset,
    boolean anchored,
    String qualifier,
    String season,
    int wordIndex) {

  /** The unit of a relative date. */
  enum Unit {
    NONE,
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  boolean relative() {
    return unit != Unit.NONE;
  }

  /**
   * Returns this date with its relative offset resolved against a publication day, when it counts
   * from publication; otherwise returns it unchanged.
   *
   * @param published the publication day, if known
   * @return the resolved date
   */
  DateExpression resolve(Optional<LocalDate> published) {
    if (!relative() || !anchored || published.isEmpty()) {
      return this;
    }
    LocalDate p = published.get();
    return switch (unit) {
      case DAY -> with(p.plusDays(offset), true, true);
      case WEEK -> with(p.plusWeeks(offset), true, false);
      case MONTH -> with(p.plusMonths(offset), false, false);
      case YEAR -> new DateExpression(span, text, p.getYear() + offset, month, day, weekday, Unit.NONE, 0, false, qualifier, season, wordIndex);
      case NONE -> this;
    };
  }

  private DateExpression with(LocalDate d, boolean withMonth, boolean withDay) {
    int m = withMonth || unit == Unit.MONTH ? d.getMonthValue() : month;
    return new DateExpression(span, text, d.getYear(), m, withDay ? d.getDayOfMonth() : day,
        withDay ? d.getDayOfWeek().getValue() : weekday, Unit.NONE, 0, false, qualifier, season, wordIndex);
  }

  /** Returns a plain rendering of the normalised value, e.g. "2024", "March 2023", "month -1". */
  String describe() {
    StringBuilder sb = new StringBuilder();
    if (weekday > 0) {
      sb.append(DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ');
    }
    if (month > 0) {
      sb.append(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ');
    }
    if (day > 0) {
      sb.append(day).append(' ');
    }
    if (year > 0) {
      sb.append(year).append(' ');
    }
    if (relative()) {
      sb.append(relativeName());
    }
    return sb.toString().strip();
  }

  private String relativeName() {
    String u = unit.name().toLowerCase(Locale.ROOT);
    String base = switch (offset) {
      case -1 -> "previous " + u;
      case 0 -> "this " + u;
      case 1 -> "next " + u;
      default -> (offset > 0 ? "+" : "") + offset + " " + u + "s";
    };
    String q = qualifier.isEmpty() ? "" : qualifier + " ";
    String s = season.isEmpty() ? "" : " (" + season + ")";
    return q + base + s + (anchored ? "" : " of the story");
  }
}
