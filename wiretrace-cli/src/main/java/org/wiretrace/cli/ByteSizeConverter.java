package org.wiretrace.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses sizes such as {@code 64MB}, {@code 200m}, {@code 1g}, {@code 512k} or {@code 4096}
 * (bytes) into a byte count. Units are binary (1k = 1024 bytes) and case-insensitive; a trailing
 * {@code b} is optional.
 */
final class ByteSizeConverter implements ITypeConverter<Long> {

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]?)b?");

  @Override
  public Long convert(String value) {
    return parse(value);
  }

  /**
   * Parses one size.
   *
   * @param value e.g. {@code 64MB}
   * @return the number of bytes, 1 or more
   * @throws TypeConversionException when the value is not a size or is out of range
   */
  static long parse(String value) {
    Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw invalid(value, "is not a size");
    }
    int shift = 10 * "_kmgt".indexOf(m.group(2).isEmpty() ? "_" : m.group(2));
    try {
      long number = Long.parseLong(m.group(1));
      if (number < 1 || number > (Long.MAX_VALUE >> shift)) {
        throw invalid(value, "is out of range");
      }
      return number << shift;
    } catch (NumberFormatException e) {
      throw invalid(value, "is out of range");
    }
  }

  private static TypeConversionException invalid(String value, String problem) {
    return new TypeConversionException("'" + value + "' " + problem
        + "; give a positive number of bytes with an optional unit k, m, g or t (e.g. 64MB, 200m, 1g)");
  }
}
