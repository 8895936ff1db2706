package org.wiretrace.cli;

import org.wiretrace.ingest.InputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --format} values (txt, jsonl, ndjson, html, warc, ...) to an {@link InputFormat}. */
final class InputFormatConverter implements ITypeConverter<InputFormat> {

  @Override
  public InputFormat convert(String value) {
    try {
      return InputFormat.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
