package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wiretrace.store.InMemoryArticleStore;

/**
 * Load test of the compare and trace endpoints: C concurrent clients send N requests in all (half
 * POST /api/compare of two random stored articles, half GET /api/articles/{id}/trace) to a server
 * on a loopback port over a demo store of invented articles, bounded by a deadline; it prints the
 * throughput and the p50/p99 latency of each endpoint. Loopback only: the target is the server it
 * starts itself.
 *
 * <p>Not part of the default run ({@code slow}). Run it with:
 *
 * <pre>{@code
 * ./mvnw -o -q -pl wiretrace-web -am test -Dtest=WebLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dweb.excludedGroups=none -Dwiretrace.load.requests=400 -Dwiretrace.load.clients=8 -Dwiretrace.load.articles=300
 * }</pre>
 */
@Tag("slow")
class WebLoadTest {

  @Test
  void load_compareAndTrace() throws Exception {
    int articles = Integer.getInteger("wiretrace.load.articles", 300);
    int requests = Integer.getInteger("wiretrace.load.requests", 400);
    int clients = Integer.getInteger("wiretrace.load.clients", 8);
    Duration deadline = Duration.ofSeconds(Long.getLong("wiretrace.load.seconds", 120));
    try (WebServer server = WebServer.builder().store(new InMemoryArticleStore()).port(0).accessLog(false)
        .shutdownGrace(Duration.ZERO).build().start()) {
      assertThat(InetAddress.getByName(server.uri().getHost()).isLoopbackAddress()).isTrue();
      List<String> ids = DemoCorpus.load(server.uri(), articles, 42);
      long t0 = System.nanoTime();
      boolean indexed = awaitAnalysis(new ApiClient(server.uri()), Duration.ofSeconds(60));
      System.out.printf(Locale.ROOT, "load: story analysis of %d articles %s after %.1f s%n",
          ids.size(), indexed ? "ready" : "still running (it competes for the CPU during the run)",
          (System.nanoTime() - t0) / 1e9);
      Result result = run(server.uri(), ids, requests, clients, deadline);
      System.out.println(result.describe(ids.size(), clients));
      assertThat(result.completed()).isPositive();
      assertThat(result.statuses().getOrDefault(500, 0)).isZero();
    }
  }

  /**
   * What a run measured.
   *
   * @param latencies milliseconds per endpoint
   * @param statuses responses per HTTP status
   * @param seconds wall time
   */
  record Result(Map<String, List<Double>> latencies, Map<Integer, Integer> statuses, double seconds) {
    int completed() {
      return latencies.values().stream().mapToInt(List::size).sum();
    }

    String describe(int articles, int clients) {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "load: %d articles, %d clients, %d requests in %.1f s = %.1f req/s; statuses %s%n",
          articles, clients, completed(), seconds, completed() / seconds, statuses));
      latencies.forEach((name, ms) -> out.append(String.format(Locale.ROOT,
          "  %-8s n=%4d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", name, ms.size(), percentile(ms, 50),
          percentile(ms, 99), percentile(ms, 100))));
      return out.toString();
    }
  }

  static Result run(URI base, List<String> ids, int requests, int clients, Duration deadline) throws Exception {
    ApiClient client = new ApiClient(base);
    Map<String, List<Double>> latencies = new TreeMap<>();
    latencies.put("compare", Collections.synchronizedList(new ArrayList<>()));
    latencies.put("trace", Collections.synchronizedList(new ArrayList<>()));
    Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
    AtomicInteger next = new AtomicInteger();
    long end = System.nanoTime() + deadline.toNanos();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      Random random = new Random(1000L + c);
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < end; i = next.getAndIncrement()) {
          boolean compare = i % 2 == 0;
          long t0 = System.nanoTime();
          HttpResponse<String> response = compare ? compare(client, ids, random) : trace(client, ids, random);
          latencies.get(compare ? "compare" : "trace").add((System.nanoTime() - t0) / 1e6);
          statuses.merge(response.statusCode(), 1, Integer::sum);
        }
        return null;
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(deadline.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();
    return new Result(latencies, statuses, (System.nanoTime() - start) / 1e9);
  }

  /** Polls the stories endpoint (503 while the analysis runs) until it answers or the bound passes. */
  static boolean awaitAnalysis(ApiClient client, Duration bound) throws InterruptedException {
    long end = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < end) {
      if (client.get("/api/stories").statusCode() == 200) {
        return true;
      }
      Thread.sleep(1000);
    }
    return false;
  }

  private static HttpResponse<String> compare(ApiClient client, List<String> ids, Random random) {
    String a = ids.get(random.nextInt(ids.size()));
    String b = ids.get(random.nextInt(ids.size()));
    return client.post("/api/compare", "application/json", "{\"a\":\"" + a + "\",\"b\":\"" + (a.equals(b) ? ids.get(0) : b) + "\"}");
  }

  private static HttpResponse<String> trace(ApiClient client, List<String> ids, Random random) {
    return client.get("/api/articles/" + ids.get(random.nextInt(ids.size())) + "/trace");
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** Runs the load test from a main method: {@code [articles] [requests] [clients]}. */
  public static void main(String[] args) throws Exception {
    System.setProperty("wiretrace.load.articles", args.length > 0 ? args[0] : "300");
    System.setProperty("wiretrace.load.requests", args.length > 1 ? args[1] : "400");
    System.setProperty("wiretrace.load.clients", args.length > 2 ? args[2] : "8");
    new WebLoadTest().load_compareAndTrace();
  }
}
