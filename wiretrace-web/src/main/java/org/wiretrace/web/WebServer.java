package org.wiretrace.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wiretrace.store.ArticleStore;
import org.wiretrace.text.ArticleFactory;

/**
 * The Wiretrace web app and JSON API over one {@link ArticleStore}: the front door used by {@code
 * wiretrace serve} and by tests.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.builder().store(store).port(0).build().start()) {
 *   URI home = server.uri();
 * }
 * }</pre>
 *
 * <p>Binds to loopback unless told otherwise, sends security headers (a Content-Security-Policy
 * without inline scripts) on every response, limits request bodies and the time of heavy requests,
 * and, when a token is set, requires it on write endpoints. {@link #stop()} waits for requests in
 * flight up to the configured grace period.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final WebServerConfig config;
  private @Nullable Services services;
  private @Nullable Javalin app;

  private WebServer(WebServerConfig config) {
    this.config = config;
  }

  /**
   * Returns a builder with loopback defaults.
   *
   * @return a new builder
   */
  public static WebServerConfig.Builder builder() {
    return new WebServerConfig.Builder();
  }

  /**
   * Creates a server for a validated configuration.
   *
   * @param config the configuration
   * @return the server, not yet started
   */
  public static WebServer of(WebServerConfig config) {
    return new WebServer(Objects.requireNonNull(config, "config"));
  }

  /**
   * Starts listening on the configured address.
   *
   * @return this server
   * @throws IllegalStateException when already started
   */
  public synchronized WebServer start() {
    if (app != null) {
      throw new IllegalStateException("web server already started on port " + port() + "; call stop() first");
    }
    Services shared = new Services(config);
    Javalin created = Javalin.create(cfg -> configure(cfg, shared));
    try {
      created.start(config.bind(), config.port());
    } catch (RuntimeException e) {
      shared.close();
      throw e;
    }
    services = shared;
    app = created;
    warmUp(shared);
    LOG.info("Wiretrace web app listening on {}", uri());
    return this;
  }

  /** Starts the story analysis at once, so the first page need not wait for all of it. */
  private static void warmUp(Services shared) {
    try {
      shared.stories().ready();
    } catch (java.io.IOException | RuntimeException e) {
      // the server still starts: pages report the store failure as a problem per request
      LOG.warn("cannot read the article store to start the story analysis: {}", e.toString());
    }
  }

  /** Stops accepting requests, lets requests in flight finish within the grace period, and stops. */
  public synchronized void stop() {
    if (app != null) {
      app.stop();
      app = null;
      LOG.info("Wiretrace web app stopped");
    }
    if (services != null) {
      services.close();
      services = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Returns the port the server listens on (the chosen one when configured with port 0).
   *
   * @return the port
   * @throws IllegalStateException when not started
   */
  public synchronized int port() {
    if (app == null) {
      throw new IllegalStateException("web server is not started; call start() before port()");
    }
    return app.port();
  }

  /**
   * Returns the base URI, e.g. {@code http://127.0.0.1:7070/}.
   *
   * @return the URI of the home page
   */
  public URI uri() {
    String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public WebServerConfig config() {
    return config;
  }

  private void configure(JavalinConfig cfg, Services shared) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.maxRequestSize = config.maxBodyBytes();
    cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxBodyBytes(), SizeUnit.BYTES);
    cfg.jetty.multipartConfig.maxFileSize(config.maxBodyBytes(), SizeUnit.BYTES);
    cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    cfg.http.prefer405over404 = true;
    cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
    long graceMillis = config.shutdownGrace().toMillis();
    cfg.jetty.modifyServer(server -> server.setStopTimeout(graceMillis));
    cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
    if (config.accessLog()) {
      cfg.requestLogger.http(AccessLog::log);
    }
    Routing.install(cfg, shared);
  }
}
