package org.wiretrace.cli;

/** What a command prints on standard output: text for people, or the JSON contract. */
enum OutputFormat {
  /** Human-readable text (with ANSI colours only on a terminal). */
  TEXT,
  /** Machine-readable JSON. */
  JSON
}
