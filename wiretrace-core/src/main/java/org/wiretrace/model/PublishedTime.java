package org.wiretrace.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as it is known.
 *
 * @param iso ISO-8601 text: a date ({@code 2023-03-21}), a local date-time
 *     ({@code 2023-03-21T10:03:00}) or an offset date-time
 * @param instant the moment used for ordering; local times are read as UTC, dates as their start
 * @param dateOnly true when only the day is known
 * @param foundIn where the time came from: {@code metadata} or {@code text}
 */
public record PublishedTime(String iso, Instant instant, boolean dateOnly, String foundIn)
    implements Comparable<PublishedTime> {

  /** Validates the fields. */
  public PublishedTime {
    Objects.requireNonNull(iso, "iso");
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(foundIn, "foundIn");
  }

  /**
   * Parses an ISO-8601 date, local date-time or offset date-time; also accepts a space instead of
   * {@code T} and a trailing {@code Z}.
   *
   * @param text the value to parse
   * @param foundIn where the value came from
   * @return the published time, or empty when the text is not such a value
   */
  public static Optional<PublishedTime> parse(String text, String foundIn) {
    String value = text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ T]", "$1T");
    try {
      OffsetDateTime odt = OffsetDateTime.parse(value);
      return Optional.of(new PublishedTime(odt.toString(), odt.toInstant(), false, foundIn));
    } catch (DateTimeParseException ignored) {
      // not an offset date-time; try the less precise forms
    }
    try {
      LocalDateTime ldt = LocalDateTime.parse(value);
      return Optional.of(new PublishedTime(ldt.toString(), ldt.toInstant(ZoneOffset.UTC), false, foundIn));
    } catch (DateTimeParseException ignored) {
      // not a local date-time either
    }
    try {
      LocalDate date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
      return Optional.of(
          new PublishedTime(date.toString(), date.atStartOfDay().toInstant(ZoneOffset.UTC), true, foundIn));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public int compareTo(PublishedTime other) {
    return instant.compareTo(other.instant);
  }
}
