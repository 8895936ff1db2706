package org.wiretrace.web;

import java.util.Objects;

/**
 * The one error shape of the JSON API, after RFC 9457 "problem details": never a stack trace.
 *
 * @param status the HTTP status code
 * @param title a short, fixed summary of the status, e.g. "Not Found"
 * @param detail what went wrong with this request and how to fix it
 */
public record Problem(int status, String title, String detail) {

  /** Validates the fields. */
  public Problem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("problem status " + status + " is not an error status (400-599)");
    }
  }
}
