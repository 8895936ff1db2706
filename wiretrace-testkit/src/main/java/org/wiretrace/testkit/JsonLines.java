package org.wiretrace.testkit;

/** Writes JSON string values by hand, so the testkit needs no JSON library. */
final class JsonLines {

  private JsonLines() {}

  /** Returns the JSON string literal for a value, quotes included. */
  static String quote(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Returns {@code "name":value} with the value quoted. */
  static String field(String name, String value) {
    return quote(name) + ":" + quote(value);
  }
}
