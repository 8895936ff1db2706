package org.wiretrace.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.store.ArticleStore;
import org.wiretrace.text.ArticleFactory;

/**
 * Validated, immutable settings of a {@link WebServer}. Build with {@link WebServer#builder()}.
 *
 * @param store where articles are read from and ingested into
 * @param articleFactory the text pipeline for ingested articles
 * @param detector the reuse engine behind stories, comparisons and traces
 * @param candidateIndex finds trace candidates without comparing every stored article; null compares
 *     against up to {@code maxTraceCandidates} stored articles
 * @param maxTraceCandidates the most stored articles a trace compares when there is no candidate index
 * @param maxAnalyzedArticles the most stored articles the story analysis reads
 * @param bind the address to listen on; loopback by default
 * @param port the TCP port; 0 picks a free one
 * @param token when set, write endpoints require {@code Authorization: Bearer <token>}
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param maxArticlesPerRequest the most articles one ingest request may carry
 * @param requestTimeout the longest a compare, trace or story analysis may run before 503
 * @param workerThreads threads for compare, trace and analysis work
 * @param maxQueuedTasks heavy requests allowed to wait for a worker before new ones get 503
 * @param shutdownGrace how long {@link WebServer#stop()} waits for requests in flight
 * @param accessLog whether to log one line per request
 */
public record WebServerConfig(
    ArticleStore store,
    ArticleFactory articleFactory,
    ReuseDetector detector,
    @Nullable CandidateIndex candidateIndex,
    int maxTraceCandidates,
    int maxAnalyzedArticles,
    String bind,
    int port,
    @Nullable String token,
    long maxBodyBytes,
    int maxArticlesPerRequest,
    Duration requestTimeout,
    int workerThreads,
    int maxQueuedTasks,
    Duration shutdownGrace,
    boolean accessLog) {

  /** Default port of {@code wiretrace serve}. */
  public static final int DEFAULT_PORT = 7070;

  /** Default bind address: loopback only. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** Validates the settings; messages name the setting, the value and the fix. */
  public WebServerConfig {
    Objects.requireNonNull(store, "store; pass the article store the app should serve");
    Objects.requireNonNull(articleFactory, "articleFactory");
    Objects.requireNonNull(detector, "detector");
    require(maxTraceCandidates >= 1, "maxTraceCandidates " + maxTraceCandidates + " must be at least 1");
    require(maxAnalyzedArticles >= 2, "maxAnalyzedArticles " + maxAnalyzedArticles + " must be at least 2");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    require(port >= 0 && port <= 65535, "port " + port + " is outside 0-65535; use 0 for any free port");
    require(token == null || token.length() >= 8,
        "token has " + (token == null ? 0 : token.length()) + " characters; use at least 8, or none");
    require(maxBodyBytes >= 1024, "maxBodyBytes " + maxBodyBytes + " is below 1024; allow at least 1 KiB");
    require(maxArticlesPerRequest >= 1, "maxArticlesPerRequest " + maxArticlesPerRequest + " must be at least 1");
    require(!requestTimeout.isNegative() && !requestTimeout.isZero(),
        "requestTimeout " + requestTimeout + " must be positive, e.g. PT30S");
    require(workerThreads >= 1 && workerThreads <= 256, "workerThreads " + workerThreads + " must be 1-256");
    require(maxQueuedTasks >= 0, "maxQueuedTasks " + maxQueuedTasks + " must not be negative");
    require(!shutdownGrace.isNegative(), "shutdownGrace " + shutdownGrace + " must not be negative");
    checkBind(bind);
  }

  /**
   * Returns whether the server listens on a loopback address only.
   *
   * @return true for 127.0.0.0/8, ::1 and localhost
   */
  public boolean loopbackOnly() {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static void checkBind(String bind) {
    boolean literal = bind.equals("localhost") || bind.matches("[0-9.]+") || bind.matches("[0-9a-fA-F:]+");
    require(literal, "bind '" + bind + "' is not an IP address; use 127.0.0.1 (default), ::1 or 0.0.0.0");
    try {
      InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("bind '" + bind + "' is not a valid IP address; use e.g. 127.0.0.1", e);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Builds a {@link WebServerConfig} with loopback defaults. */
  public static final class Builder {
    private @Nullable ArticleStore store;
    private ArticleFactory articleFactory = new ArticleFactory();
    private @Nullable ReuseDetector detector;
    private @Nullable CandidateIndex candidateIndex;
    private int maxTraceCandidates = 20_000;
    private int maxAnalyzedArticles = 50_000;
    private String bind = DEFAULT_BIND;
    private int port = DEFAULT_PORT;
    private @Nullable String token;
    private long maxBodyBytes = 16L * 1024 * 1024;
    private int maxArticlesPerRequest = 10_000;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int workerThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int maxQueuedTasks = 64;
    private Duration shutdownGrace = Duration.ofSeconds(5);
    private boolean accessLog = true;

    Builder() {}

    /**
     * Sets the article store (required).
     *
     * @param value the store
     * @return this builder
     */
    public Builder store(ArticleStore value) {
      this.store = value;
      return this;
    }

    /**
     * Sets the text pipeline used for ingested articles.
     *
     * @param value the factory
     * @return this builder
     */
    public Builder articleFactory(ArticleFactory value) {
      this.articleFactory = value;
      return this;
    }

    /**
     * Sets the reuse engine (default: {@link DetectorConfig#defaults()} with the dependency-free
     * {@link LexicalEmbedder}).
     *
     * @param value the detector
     * @return this builder
     */
    public Builder detector(ReuseDetector value) {
      this.detector = value;
      return this;
    }

    /**
     * Sets the candidate index used to find trace candidates (default none: compare against stored
     * articles, up to {@code maxTraceCandidates}).
     *
     * @param value the index, or null
     * @return this builder
     */
    public Builder candidateIndex(@Nullable CandidateIndex value) {
      this.candidateIndex = value;
      return this;
    }

    /**
     * Sets the most stored articles a trace compares when there is no candidate index (default 20,000).
     *
     * @param value the limit
     * @return this builder
     */
    public Builder maxTraceCandidates(int value) {
      this.maxTraceCandidates = value;
      return this;
    }

    /**
     * Sets the most stored articles the story analysis reads (default 50,000).
     *
     * @param value the limit
     * @return this builder
     */
    public Builder maxAnalyzedArticles(int value) {
      this.maxAnalyzedArticles = value;
      return this;
    }

    /**
     * Sets the address to listen on (default 127.0.0.1).
     *
     * @param value an IP address
     * @return this builder
     */
    public Builder bind(String value) {
      this.bind = value;
      return this;
    }

    /**
     * Sets the port (default 7070; 0 picks a free one).
     *
     * @param value the port
     * @return this builder
     */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /**
     * Sets the token required on write endpoints; null or blank means none.
     *
     * @param value the token
     * @return this builder
     */
    public Builder token(@Nullable String value) {
      this.token = value == null || value.isBlank() ? null : value.strip();
      return this;
    }

    /**
     * Sets the largest request body accepted (default 16 MiB).
     *
     * @param value bytes
     * @return this builder
     */
    public Builder maxBodyBytes(long value) {
      this.maxBodyBytes = value;
      return this;
    }

    /**
     * Sets the most articles one ingest request may carry (default 10,000).
     *
     * @param value the limit
     * @return this builder
     */
    public Builder maxArticlesPerRequest(int value) {
      this.maxArticlesPerRequest = value;
      return this;
    }

    /**
     * Sets the time limit of compare, trace and analysis requests (default 30 s).
     *
     * @param value the limit
     * @return this builder
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = value;
      return this;
    }

    /**
     * Sets the worker threads for heavy requests (default: the number of cores, at least 2).
     *
     * @param value the thread count
     * @return this builder
     */
    public Builder workerThreads(int value) {
      this.workerThreads = value;
      return this;
    }

    /**
     * Sets how many heavy requests may wait for a worker before new ones get 503 (default 64).
     *
     * @param value the queue length
     * @return this builder
     */
    public Builder maxQueuedTasks(int value) {
      this.maxQueuedTasks = value;
      return this;
    }

    /**
     * Sets how long stopping waits for requests in flight (default 5 s).
     *
     * @param value the grace period
     * @return this builder
     */
    public Builder shutdownGrace(Duration value) {
      this.shutdownGrace = value;
      return this;
    }

    /**
     * Turns the one-line-per-request access log on or off (default on).
     *
     * @param value true to log
     * @return this builder
     */
    public Builder accessLog(boolean value) {
      this.accessLog = value;
      return this;
    }

    /**
     * Validates the settings.
     *
     * @return the configuration
     * @throws IllegalArgumentException when a setting is invalid; the message names it
     */
    public WebServerConfig config() {
      if (store == null) {
        throw new IllegalArgumentException("store is not set; call store(...) with the article store to serve");
      }
      ReuseDetector engine = detector != null ? detector
          : new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
      return new WebServerConfig(store, articleFactory, engine, candidateIndex, maxTraceCandidates,
          maxAnalyzedArticles, bind, port, token, maxBodyBytes,
          maxArticlesPerRequest, requestTimeout, workerThreads, maxQueuedTasks, shutdownGrace, accessLog);
    }

    /**
     * Validates the settings and creates the server (not yet started).
     *
     * @return the server
     */
    public WebServer build() {
      return WebServer.of(config());
    }
  }
}
