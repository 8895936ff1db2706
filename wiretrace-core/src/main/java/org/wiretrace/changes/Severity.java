package org.wiretrace.changes;

/** How much a change matters to a reader checking the facts. */
public enum Severity {
  /** Worth knowing, unlikely to mislead (a metonym, a hedge). */
  LOW,
  /** Changes the claim's detail or tone. */
  MEDIUM,
  /** Changes a fact: a value, a date, a person, a quote, the polarity. */
  HIGH
}
