package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.store.ArticleStore;
import org.wiretrace.store.InMemoryArticleStore;

/** stop() lets a request in flight finish within the grace period. */
class GracefulStopIT {

  /** A store whose reads of one article take a while, so a request is in flight when stop() comes. */
  static class SlowStore implements ArticleStore {
    final InMemoryArticleStore delegate = new InMemoryArticleStore();
    final CountDownLatch reading = new CountDownLatch(1);

    @Override
    public PutResult put(Collection<Article> articles, OnExisting onExisting) {
      return delegate.put(articles, onExisting);
    }

    @Override
    public Optional<Article> get(ArticleId id) throws IOException {
      reading.countDown();
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      return delegate.get(id);
    }

    @Override
    public Stream<Article> all() {
      return delegate.all();
    }

    @Override
    public int count() {
      return delegate.count();
    }

    @Override
    public void close() {}
  }

  @Test
  void stop_waitsForRequestInFlight() throws Exception {
    SlowStore store = new SlowStore();
    WebServer server = WebServer.builder().store(store).port(0).accessLog(false)
        .shutdownGrace(Duration.ofSeconds(10)).build().start();
    ApiClient client = new ApiClient(server.uri());
    assertThat(client.post("/api/articles", "application/json", "{\"id\":\"slow\",\"text\":\"A body.\"}").statusCode())
        .isEqualTo(201);
    CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> client.get("/api/articles/slow"));
    assertThat(store.reading.await(10, TimeUnit.SECONDS)).isTrue();
    server.stop();
    HttpResponse<String> response = inFlight.get(20, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(response).get("id").asText()).isEqualTo("slow");
  }
}
