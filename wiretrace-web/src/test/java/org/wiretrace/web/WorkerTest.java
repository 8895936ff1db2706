package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerTest {

  @Test
  void call_returnsResult() throws Exception {
    try (Worker worker = new Worker(1, 0, Duration.ofSeconds(5))) {
      assertThat(worker.call("compare", () -> 42)).isEqualTo(42);
    }
  }

  @Test
  void call_timeoutIs503() {
    try (Worker worker = new Worker(1, 0, Duration.ofMillis(50))) {
      assertThatThrownBy(() -> worker.call("trace", () -> {
        Thread.sleep(5_000);
        return 1;
      })).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503))
          .hasMessageContaining("trace took longer than the server's limit");
    }
  }

  @Test
  void call_saturatedIs503() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try (Worker worker = new Worker(1, 0, Duration.ofSeconds(5))) {
      Future<Integer> busy = caller.submit(() -> worker.call("compare", () -> {
        started.countDown();
        release.await(5, TimeUnit.SECONDS);
        return 1;
      }));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> worker.call("compare", () -> 2))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503))
          .hasMessageContaining("too many compare requests");
      release.countDown();
      assertThat(busy.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void call_taskExceptionPassesThrough() {
    try (Worker worker = new Worker(1, 0, Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> worker.call("compare", () -> {
        throw ApiException.notFound("gone");
      })).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
  }
}
