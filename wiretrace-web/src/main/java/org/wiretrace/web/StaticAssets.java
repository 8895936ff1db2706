package org.wiretrace.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The app's own script, style and image files, loaded once from the classpath by a fixed list of
 * names. A request names a file; anything not on the list is 404, so no path can reach other files.
 */
final class StaticAssets {

  private static final String FOLDER = "/org/wiretrace/web/static/";
  private static final Map<String, String> TYPES = Map.of(
      "wiretrace.css", "text/css; charset=utf-8",
      "wiretrace.js", "text/javascript; charset=utf-8",
      "compare.js", "text/javascript; charset=utf-8",
      "favicon.svg", "image/svg+xml");

  private final Map<String, byte[]> files = new TreeMap<>();

  StaticAssets() {
    TYPES.keySet().forEach(name -> files.put(name, load(name)));
  }

  Route route() {
    return Route.get("/static/{name}", this::serve);
  }

  void serve(Context ctx) {
    String name = ctx.pathParam("name");
    byte[] content = files.get(name);
    if (content == null) {
      throw ApiException.notFound("no static file named '" + AccessLog.printable(name) + "'");
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(TYPES.get(name)).result(content);
  }

  private static byte[] load(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("static file " + FOLDER + name + " is missing from the jar; rebuild wiretrace-web");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
