package org.wiretrace.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes the machine-readable ({@code --json}) output of the commands: indented, keys in order. */
final class JsonOutput {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  /**
   * Prints a value as JSON followed by a newline.
   *
   * @param out where to print
   * @param value records, lists and maps of plain values
   */
  static void print(PrintWriter out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON output: " + e.getOriginalMessage(), e);
    }
  }
}
