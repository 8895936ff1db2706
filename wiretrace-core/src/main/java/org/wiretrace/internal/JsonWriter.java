package org.wiretrace.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A tiny streaming JSON encoder (RFC 8259) with two-space indentation, so core needs no JSON
 * library. Commas and nesting are tracked; strings are escaped; non-finite numbers become null.
 * Not thread-safe; not API.
 */
public final class JsonWriter {

  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<boolean[]> firstInScope = new ArrayDeque<>();
  private boolean afterName;

  /**
   * Opens an object.
   *
   * @return this
   */
  public JsonWriter beginObject() {
    return open('{');
  }

  /**
   * Closes an object.
   *
   * @return this
   */
  public JsonWriter endObject() {
    return close('}');
  }

  /**
   * Opens an array.
   *
   * @return this
   */
  public JsonWriter beginArray() {
    return open('[');
  }

  /**
   * Closes an array.
   *
   * @return this
   */
  public JsonWriter endArray() {
    return close(']');
  }

  /**
   * Writes a member name; the next call writes its value.
   *
   * @param name the member name
   * @return this
   */
  public JsonWriter name(String name) {
    separate();
    quote(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /**
   * Writes a string value, or null.
   *
   * @param value the value
   * @return this
   */
  public JsonWriter value(@org.jspecify.annotations.Nullable String value) {
    separate();
    if (value == null) {
      out.append("null");
    } else {
      quote(value);
    }
    return this;
  }

  /**
   * Writes a number, rounded to at most four decimals.
   *
   * @param value the value
   * @return this
   */
  public JsonWriter value(double value) {
    separate();
    if (!Double.isFinite(value)) {
      out.append("null");
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.append((long) value);
    } else {
      out.append(String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", ""));
    }
    return this;
  }

  /**
   * Writes an integer.
   *
   * @param value the value
   * @return this
   */
  public JsonWriter value(long value) {
    separate();
    out.append(value);
    return this;
  }

  /**
   * Writes a boolean.
   *
   * @param value the value
   * @return this
   */
  public JsonWriter value(boolean value) {
    separate();
    out.append(value);
    return this;
  }

  /**
   * Returns the JSON written so far.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return out.toString();
  }

  private JsonWriter open(char bracket) {
    separate();
    out.append(bracket);
    firstInScope.push(new boolean[] {true});
    return this;
  }

  private JsonWriter close(char bracket) {
    boolean empty = firstInScope.pop()[0];
    if (!empty) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (firstInScope.isEmpty()) {
      return;
    }
    boolean[] first = firstInScope.peek();
    if (!first[0]) {
      out.append(',');
    }
    first[0] = false;
    newline();
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(firstInScope.size()));
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
