package org.wiretrace.web;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs heavy requests (compare, trace, story analysis) on a fixed pool with a time limit each and a
 * bounded number waiting, so a burst of slow requests cannot exhaust the server: past the limit a
 * request gets 503 at once instead of piling up.
 */
final class Worker implements AutoCloseable {

  private final ExecutorService pool;
  private final Semaphore permits;
  private final Duration timeout;

  Worker(int threads, int maxQueued, Duration timeout) {
    this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    this.permits = new Semaphore(threads + maxQueued);
    this.timeout = timeout;
  }

  /**
   * Runs a task and waits for it within the time limit.
   *
   * @param what a few words naming the task, for the error detail
   * @param task the work
   * @param <T> the result type
   * @return the result
   * @throws ApiException 503 when the server is saturated or the task runs out of time
   * @throws Exception what the task threw
   */
  <T> T call(String what, Callable<T> task) throws Exception {
    if (!permits.tryAcquire()) {
      throw ApiException.unavailable("too many " + what + " requests are running; retry in a few seconds");
    }
    try {
      return await(what, pool.submit(task));
    } finally {
      permits.release();
    }
  }

  private <T> T await(String what, Future<T> future) throws Exception {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw ApiException.unavailable(what + " took longer than the server's limit of "
          + timeout.toSeconds() + " s; try smaller inputs");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("the server is shutting down");
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "wiretrace-web-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
