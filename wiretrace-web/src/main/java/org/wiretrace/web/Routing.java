package org.wiretrace.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;

/** Registers every route, the security filter and the error mapping on a Javalin configuration. */
final class Routing {

  private Routing() {}

  /**
   * Returns every route of the app, API and pages.
   *
   * @param services what handlers share
   * @return the routes
   */
  static List<Route> routes(Services services) {
    List<Route> routes = new ArrayList<>();
    routes.addAll(new SystemApi(services).routes());
    routes.addAll(new ArticlesApi(services).routes());
    routes.addAll(new ReuseApi(services).routes());
    routes.addAll(new Pages(services).routes());
    routes.add(new StaticAssets().route());
    return routes;
  }

  static void install(JavalinConfig cfg, Services services) {
    Security security = new Security(services.config());
    cfg.routes.before(security::before);
    cfg.routes.exception(ApiException.class, ProblemMapper::api);
    cfg.routes.exception(HttpResponseException.class, ProblemMapper::http);
    cfg.routes.exception(Exception.class, ProblemMapper::unexpected);
    for (int status : new int[] {404, 405, 413}) {
      cfg.routes.error(status, "*", ProblemMapper::status);
    }
    for (Route route : routes(services)) {
      io.javalin.http.Handler handler = route.write() ? guarded(security, route.handler()) : route.handler();
      if (route.method().equals("GET")) {
        cfg.routes.get(route.path(), handler);
      } else {
        cfg.routes.post(route.path(), handler);
      }
    }
  }

  private static io.javalin.http.Handler guarded(Security security, io.javalin.http.Handler handler) {
    return ctx -> {
      security.requireToken(ctx);
      handler.handle(ctx);
    };
  }
}
