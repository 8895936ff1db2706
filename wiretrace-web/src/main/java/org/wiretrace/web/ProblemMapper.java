package org.wiretrace.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become responses: a {@link Problem} as JSON for the API, the same
 * problem as an escaped HTML page for the pages. Unexpected exceptions are logged with an incident
 * id and answered with 500 and that id, never with the stack trace.
 */
final class ProblemMapper {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  private static final String SENT = "wiretrace.problemSent";

  private ProblemMapper() {}

  static void api(ApiException e, Context ctx) {
    send(ctx, new Problem(e.status(), title(e.status()), e.getMessage()));
  }

  static void http(HttpResponseException e, Context ctx) {
    int status = e.getStatus() >= 400 ? e.getStatus() : 500;
    send(ctx, new Problem(status, title(status), detail(status, ctx)));
  }

  static void unexpected(Exception e, Context ctx) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("incident {} on {} {}", incident, ctx.method(), AccessLog.printable(ctx.path()), e);
    send(ctx, new Problem(500, title(500), "the server failed on this request (incident " + incident
        + "); the details are in the server log"));
  }

  /** Renders a problem for an error status set without an exception (unmatched routes). */
  static void status(Context ctx) {
    if (ctx.attribute(SENT) != null) {
      return;
    }
    int status = ctx.status().getCode();
    send(ctx, new Problem(status, title(status), detail(status, ctx)));
  }

  static void send(Context ctx, Problem problem) {
    ctx.attribute(SENT, Boolean.TRUE);
    ctx.status(problem.status());
    if (wantsHtml(ctx)) {
      ctx.html(Pages.problem(problem));
    } else {
      ctx.contentType("application/problem+json").result(toJson(problem));
    }
  }

  private static String toJson(Problem problem) {
    try {
      return Json.MAPPER.writeValueAsString(problem);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a problem as JSON", e);
    }
  }

  private static boolean wantsHtml(Context ctx) {
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
      return false;
    }
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }

  private static String detail(int status, Context ctx) {
    return switch (status) {
      case 404 -> "nothing is served at " + AccessLog.printable(ctx.path()) + "; see /api/openapi.json";
      case 405 -> ctx.method() + " is not allowed on " + AccessLog.printable(ctx.path());
      case 413 -> "the request body exceeds the server's limit";
      default -> "the request could not be served";
    };
  }

  static String title(int status) {
    HttpStatus known = HttpStatus.forStatus(status);
    return known == HttpStatus.UNKNOWN ? "Error " + status : known.getMessage();
  }
}
