package org.wiretrace.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Span;
import org.wiretrace.model.StrippedChrome;

/**
 * Recognises the framing of news-agency (wire) copy, whole line by whole line: rules of dashes or
 * equals signs, slug or header lines that open with a numeric date (and usually a time and desk
 * codes), agency bylines ("By Jane Doe, Agency News") and sign-offs ("Reuter", "(Reuters)", "MORE",
 * "ENDS", "-30-"). A slug line's date and time are offered as the publication time; a byline's
 * organisation as the outlet. Thread-safe (stateless).
 */
final class WireChrome {

  private static final Pattern RULE_LINE = Pattern.compile("\\s*(?:[-=_~*#+]\\s*){4,}");

  private static final String TIME = "(?<h>\\d{1,2}):(?<min>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?(?<ampm>[AaPp])\\.?[Mm]\\.?)?";
  private static final String DATE = "(?:(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})"
      + "|(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})"
      + "|(?<md>\\d{1,2})-(?<mon>[A-Za-z]{3})-(?<my>\\d{4}|\\d{2}))";

  /** A numeric date, with a time before or after it, then anything that is not a sentence. */
  private static final Pattern SLUG = Pattern.compile(
      "\\s*(?:" + TIME.replace("<h>", "<h1>").replace("<min>", "<min1>").replace("<ampm>", "<ampm1>")
          + "\\s+)?" + DATE + "(?:\\s+" + TIME + ")?(?:\\s*[:|–—-]\\s*|\\s+|$)(?<rest>.{0,80})");

  /** A second date after the first: a table's column headings ("4/2/87  Prev Wk  4/2/87"), not a slug. */
  private static final Pattern ANOTHER_DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}|\\d{4}-\\d{2}-\\d{2}");

  private static final Pattern CLAUSE_WORDS = Pattern.compile(
      "(?i)\\b(is|are|was|were|said|says|has|have|had|will|would|did|does|the|a|an|of|to)\\b");

  private static final Pattern SIGN_OFF = Pattern.compile(
      "\\s*(?:\\(?(?i:reuters?|ends?|more)\\)?|-+\\s*(?i:more|ends?)\\s*-+|-0-|-30-|#\\s*#\\s*#)\\s*");

  /** "By" and names, then an organisation: the last part must name an agency or newspaper. */
  private static final Pattern WIRE_BYLINE = Pattern.compile(ChromeStripper.BYLINE_NAMES + "\\s*[,|·•/]\\s*"
          + "(?<outlet>[^.!?,]{2,50})\\s*");

  private static final Pattern OUTLET_WORDS = Pattern.compile(
      "\\b(?:(?i:news|press|agency|agence|wire|newswire|service|services|reuters?|associated|bloomberg|xinhua"
          + "|times|post|herald|telegraph|tribune|journal|gazette|daily|chronicle|media)|[A-Z]{2,5})\\b");

  private static final int MAX_SLUG_CHARS = 110;
  private static final int SIGN_OFF_LINES = 2;

  private WireChrome() {}

  /**
   * Classifies a line as wire framing.
   *
   * @param line the line's characters
   * @param span where it is in the original text
   * @param fromEnd 1 for the article's last content line, 2 for the one before, and so on
   * @return the verdict, or empty when the line is not wire framing
   */
  static Optional<ChromeStripper.Verdict> classify(String line, Span span, int fromEnd) {
    if (RULE_LINE.matcher(line).matches()) {
      return verdict(ChromeKind.RULE_LINE, span, line, "rule of dashes or equals signs", Optional.empty());
    }
    Optional<ChromeStripper.Verdict> signOff = signOff(line, span, fromEnd);
    if (signOff.isPresent()) {
      return signOff;
    }
    Optional<ChromeStripper.Verdict> slug = slug(line, span);
    return slug.isPresent() ? slug : byline(line, span);
  }

  /**
   * Classifies a line as a sign-off: one of the article's last two content lines.
   *
   * @param line the line's characters
   * @param span where it is in the original text
   * @param fromEnd 1 for the article's last content line, 2 for the one before, and so on
   * @return the verdict, or empty
   */
  static Optional<ChromeStripper.Verdict> signOff(String line, Span span, int fromEnd) {
    if (fromEnd <= SIGN_OFF_LINES && SIGN_OFF.matcher(line).matches()) {
      return verdict(ChromeKind.SIGN_OFF, span, line, "wire sign-off at the end of the copy", Optional.empty());
    }
    return Optional.empty();
  }

  private static Optional<ChromeStripper.Verdict> slug(String line, Span span) {
    if (line.length() > MAX_SLUG_CHARS) {
      return Optional.empty();
    }
    Matcher m = SLUG.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group("rest");
    if (CLAUSE_WORDS.matcher(rest).find() || rest.strip().endsWith(".")
        || ANOTHER_DATE.matcher(rest).find()) {
      return Optional.empty();
    }
    Optional<PublishedTime> published = published(m);
    String reason = published.isPresent()
        ? "wire slug line with date and time; gives the publication time " + published.get().iso()
        : "wire slug line with a date";
    return verdict(ChromeKind.SLUG_LINE, span, line, reason, published);
  }

  private static Optional<ChromeStripper.Verdict> byline(String line, Span span) {
    Matcher m = WIRE_BYLINE.matcher(line);
    if (line.length() > 100 || !m.matches() || !OUTLET_WORDS.matcher(m.group("outlet")).find()) {
      return Optional.empty();
    }
    Outlet outlet = new Outlet(m.group("outlet"));
    StrippedChrome chrome = new StrippedChrome(ChromeKind.CREDIT_LINE, span, line,
        "wire byline; names the outlet " + outlet.name());
    return Optional.of(new ChromeStripper.Verdict(chrome, Optional.empty(), Optional.of(outlet)));
  }

  private static Optional<ChromeStripper.Verdict> verdict(ChromeKind kind, Span span, String line, String reason,
      Optional<PublishedTime> published) {
    return Optional.of(new ChromeStripper.Verdict(new StrippedChrome(kind, span, line, reason), published));
  }

  /** The slug's date (and time, read as UTC); a day-month order unless only month-day is valid. */
  private static Optional<PublishedTime> published(Matcher m) {
    LocalDate date = date(m);
    if (date == null) {
      return Optional.empty();
    }
    String hour = m.group("h") != null ? m.group("h") : m.group("h1");
    if (hour == null) {
      return Optional.of(new PublishedTime(date.toString(), date.atStartOfDay().toInstant(ZoneOffset.UTC), true,
          "slug line"));
    }
    String minute = m.group("h") != null ? m.group("min") : m.group("min1");
    String ampm = m.group("h") != null ? m.group("ampm") : m.group("ampm1");
    int h = Integer.parseInt(hour) % 24;
    if (ampm != null) {
      h = h % 12 + (ampm.equalsIgnoreCase("p") ? 12 : 0);
    }
    var time = date.atTime(LocalTime.of(h, Integer.parseInt(minute) % 60));
    return Optional.of(new PublishedTime(time.toString(), time.toInstant(ZoneOffset.UTC), false, "slug line"));
  }

  private static @Nullable LocalDate date(Matcher m) {
    try {
      if (m.group("iy") != null) {
        return LocalDate.of(num(m, "iy"), num(m, "im"), num(m, "id"));
      }
      if (m.group("mon") != null) {
        int month = monthNumber(m.group("mon"));
        return month < 1 ? null : LocalDate.of(year(m.group("my")), month, num(m, "md"));
      }
      int a = num(m, "a");
      int b = num(m, "b");
      boolean monthFirst = a <= 12 && b > 12;
      return LocalDate.of(year(m.group("y")), monthFirst ? a : b, monthFirst ? b : a);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  /** Two-digit years pivot like POSIX {@code strptime %y}: 69-99 are 1900s, 00-68 are 2000s. */
  private static int year(String y) {
    int value = Integer.parseInt(y);
    return y.length() == 4 ? value : value + (value >= 69 ? 1900 : 2000);
  }

  private static int monthNumber(String name) {
    int i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.toLowerCase(Locale.ROOT));
    return i % 3 == 0 ? i / 3 + 1 : -1;
  }
}
