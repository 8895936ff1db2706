package org.wiretrace.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.report.CorpusReport;

/**
 * The story analysis of the stored articles, computed once per store state on a thread of its own
 * and shared by every page and API call. A request waits for it only up to its time limit; the
 * analysis itself goes on, so a later request finds it done. A write through the server or a
 * change in the article count starts a fresh analysis.
 */
final class StoryCache implements AutoCloseable {

  /**
   * A finished analysis.
   *
   * @param report what the engine found
   * @param articles the articles it covered, in id order
   * @param truncated true when the store held more articles than were analysed
   */
  record Analysis(CorpusReport report, List<Article> articles, boolean truncated) {}

  private final Services services;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "wiretrace-web-analysis");
    t.setDaemon(true);
    return t;
  });
  private @Nullable CompletableFuture<Analysis> current;
  private String currentKey = "";

  StoryCache(Services services) {
    this.services = services;
  }

  /**
   * Returns the analysis of the current store, waiting at most {@code wait}.
   *
   * @param wait how long to wait for an analysis in progress
   * @return the analysis
   * @throws ApiException 503 when it is not ready in time
   * @throws IOException when the store cannot be read
   */
  Analysis get(Duration wait) throws IOException {
    CompletableFuture<Analysis> future = future();
    try {
      return future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw ApiException.unavailable("the story analysis of the stored articles is still running; "
          + "reload in a few seconds");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("the server is shutting down");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /**
   * Returns the analysis if one for the current store is done, without waiting or starting one.
   *
   * @return the analysis, or null
   * @throws IOException when the store cannot be read
   */
  @Nullable Analysis ready() throws IOException {
    CompletableFuture<Analysis> future = future();
    return future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
  }

  private synchronized CompletableFuture<Analysis> future() throws IOException {
    String key = services.storeVersion() + "/" + services.store().count();
    if (current == null || !key.equals(currentKey)) {
      currentKey = key;
      current = CompletableFuture.supplyAsync(this::analyse, thread);
    }
    return current;
  }

  private Analysis analyse() {
    int max = services.config().maxAnalyzedArticles();
    try (Stream<Article> all = services.store().all()) {
      List<Article> articles = all.limit(max + 1L).toList();
      List<Article> analysed = articles.size() > max ? articles.subList(0, max) : articles;
      return new Analysis(services.detector().analyze(analysed), analysed, articles.size() > max);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
