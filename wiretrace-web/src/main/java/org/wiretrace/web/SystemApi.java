package org.wiretrace.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Health check and the OpenAPI document. */
final class SystemApi {

  private static final String OPENAPI = "/org/wiretrace/web/openapi.json";

  private final Services services;
  private final byte[] openApi;

  SystemApi(Services services) {
    this.services = services;
    this.openApi = loadOpenApi();
  }

  List<Route> routes() {
    return List.of(Route.get("/health", this::health), Route.get("/api/openapi.json", this::openApi));
  }

  /** GET /health: 200 with the article count while the store answers. */
  void health(Context ctx) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("articles", services.store().count());
    ctx.json(out);
  }

  /** GET /api/openapi.json: the hand-written API description. */
  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  static byte[] loadOpenApi() {
    try (InputStream in = SystemApi.class.getResourceAsStream(OPENAPI)) {
      if (in == null) {
        throw new IllegalStateException(OPENAPI + " is missing from the jar; rebuild wiretrace-web");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
