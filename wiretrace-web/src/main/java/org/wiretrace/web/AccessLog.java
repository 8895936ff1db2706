package org.wiretrace.web;

import io.javalin.http.Context;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes one line per request: method, path, status, time. Query strings are left out (they may hold pasted text). */
final class AccessLog {

  private static final Logger LOG = LoggerFactory.getLogger("org.wiretrace.web.access");

  private AccessLog() {}

  static void log(Context ctx, Float millis) {
    if (LOG.isInfoEnabled()) {
      LOG.info("{} {} {} {}", ctx.method(), printable(ctx.path()), ctx.status().getCode(),
          String.format(Locale.ROOT, "%.1fms", millis));
    }
  }

  /** Keeps control characters from forging log lines. */
  static String printable(String value) {
    String capped = value.length() > 300 ? value.substring(0, 300) + "..." : value;
    return capped.replaceAll("\\p{Cntrl}", "?");
  }
}
