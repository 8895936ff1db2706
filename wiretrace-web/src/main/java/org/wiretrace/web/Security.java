package org.wiretrace.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wiretrace.report.HtmlReportWriter;

/**
 * Security applied to every request: response headers (a Content-Security-Policy that allows only
 * this site's own script and style files, no inline code), a Host check that defeats DNS rebinding
 * while bound to loopback, and the optional bearer token on write endpoints.
 */
final class Security {

  /** The policy of every HTML page: scripts and styles only as files from this server. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /**
   * Returns the policy of the self-contained HTML report: no script at all, and only its own
   * inline style sheet, allowed by hash.
   *
   * @return the Content-Security-Policy value
   */
  static String reportPolicy() {
    return "default-src 'none'; style-src '" + sha256(HtmlReportWriter.styleSheet()) + "'; img-src data:; "
        + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes(text));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private final @Nullable String token;
  private final boolean loopbackOnly;

  Security(WebServerConfig config) {
    this.token = config.token();
    this.loopbackOnly = config.loopbackOnly();
  }

  /** Sets the security headers and refuses requests addressed to a host name that is not loopback. */
  void before(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
    if (loopbackOnly && !isLoopbackHost(ctx.host())) {
      throw new ApiException(421, "Host '" + AccessLog.printable(String.valueOf(ctx.host()))
          + "' is not this server; it serves loopback only, open it as http://127.0.0.1:<port>/");
    }
  }

  /** Fails with 401 unless the request carries the configured token (when one is configured). */
  void requireToken(Context ctx) {
    if (token == null) {
      return;
    }
    String given = bearer(ctx.header("Authorization"));
    if (given == null || !MessageDigest.isEqual(bytes(given), bytes(token))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"wiretrace\"");
      throw ApiException.unauthorized("this endpoint writes to the store and needs the server's token; "
          + "send the header 'Authorization: Bearer <token>' (the value of --token or WIRETRACE_TOKEN)");
    }
  }

  private static @Nullable String bearer(@Nullable String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).strip();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static boolean isLoopbackHost(@Nullable String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    String host = hostName(hostHeader.strip().toLowerCase(Locale.ROOT));
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+|[0-9a-f:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String hostName(String hostAndPort) {
    if (hostAndPort.startsWith("[")) {
      int close = hostAndPort.indexOf(']');
      return close < 0 ? hostAndPort : hostAndPort.substring(1, close);
    }
    int colon = hostAndPort.indexOf(':');
    return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
  }
}
