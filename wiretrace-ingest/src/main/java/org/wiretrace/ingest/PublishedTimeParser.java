package org.wiretrace.ingest;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.wiretrace.model.PublishedTime;

/**
 * Parses publication times as found in metadata: ISO-8601 (see {@link PublishedTime#parse}), RFC
 * 1123 ({@code Tue, 21 Mar 2023 10:03:00 GMT}, as in HTTP headers and RSS) and Unix epoch seconds or
 * milliseconds.
 */
final class PublishedTimeParser {

  /** Epoch values above this are milliseconds (1e11 seconds is the year 5138). */
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private PublishedTimeParser() {}

  /**
   * Parses a metadata value.
   *
   * @param value the text
   * @param foundIn where it came from, e.g. {@code metadata}
   * @return the time, or empty when the value is not a recognised time
   */
  static Optional<PublishedTime> parse(String value, String foundIn) {
    String text = value.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<PublishedTime> iso = PublishedTime.parse(text, foundIn);
    if (iso.isPresent()) {
      return iso;
    }
    return text.matches("\\d{9,13}") ? Optional.of(epoch(Long.parseLong(text), foundIn)) : rfc1123(text, foundIn);
  }

  /**
   * Returns the time for Unix epoch seconds or milliseconds.
   *
   * @param epoch seconds, or milliseconds when above 1e11
   * @param foundIn where it came from
   * @return the time
   */
  static PublishedTime epoch(long epoch, String foundIn) {
    Instant instant = epoch > MILLIS_THRESHOLD ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch);
    return new PublishedTime(instant.toString(), instant, false, foundIn);
  }

  private static Optional<PublishedTime> rfc1123(String text, String foundIn) {
    try {
      ZonedDateTime time = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      return Optional.of(new PublishedTime(time.toOffsetDateTime().toString(), time.toInstant(), false, foundIn));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
