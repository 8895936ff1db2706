package org.wiretrace.web;

import io.javalin.http.Handler;

/**
 * One HTTP route of the app.
 *
 * @param method GET or POST
 * @param path the Javalin path, e.g. {@code /api/articles/{id}}
 * @param handler what serves it
 * @param write whether it changes the store (and so needs the token when one is set)
 */
record Route(String method, String path, Handler handler, boolean write) {

  static Route get(String path, Handler handler) {
    return new Route("GET", path, handler, false);
  }

  static Route post(String path, Handler handler) {
    return new Route("POST", path, handler, false);
  }

  static Route write(String path, Handler handler) {
    return new Route("POST", path, handler, true);
  }

  /** Returns the path in OpenAPI form: {@code {id}} stays, a Javalin {@code <id>} becomes {@code {id}}. */
  String openApiPath() {
    return path.replace('<', '{').replace('>', '}');
  }
}
