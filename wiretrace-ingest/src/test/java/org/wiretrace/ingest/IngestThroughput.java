package org.wiretrace.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.testkit.GeneratorConfig;
import org.wiretrace.testkit.SyntheticCorpus;

/**
 * Measures ingest throughput per reader on invented articles (the testkit's synthetic corpus, about
 * 600 words each): the same articles written as one JSONL file, as .txt files, as .html pages with
 * site chrome, and as one WARC.gz. Each format is ingested once to warm up, then three times; the best
 * run is reported (articles/s and input MB/s, full pipeline: read, extract, chrome, sentences, running
 * boilerplate evidence), both by wall clock and by the process's CPU time (all threads, GC and JIT
 * included): on a shared, loaded machine the CPU figure is the stable one. Text analysis runs in
 * parallel per batch, so on an idle machine wall-clock throughput can exceed the CPU figure. Not a test and not a JMH benchmark: a one-shot harness.
 * Run from the repository root after a build:
 *
 * <pre>
 * ./mvnw -q -o -pl wiretrace-ingest dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "$(cat /tmp/cp.txt):wiretrace-ingest/target/classes:wiretrace-ingest/target/test-classes" \
 *   org.wiretrace.ingest.IngestThroughput /tmp/wiretrace-ingest-measure 3000
 * </pre>
 *
 * Arguments: an empty scratch directory and the number of base articles (copies are added by the
 * generator's default mix).
 */
public final class IngestThroughput {

  private static final String CHROME_TOP = "<html><head><meta charset='utf-8'><title>%s</title>"
      + "<meta property='og:title' content='%s'><link rel='canonical' href='%s'>"
      + "<script>var ads = [1,2,3];</script><style>p{margin:0}</style></head><body>"
      + "<header><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav></header>"
      + "<div class='ad-banner'>Advertisement</div><main><article><h1>%s</h1>"
      + "<div class='share-tools'><a href='#'>Share</a> <a href='#'>Tweet</a></div><div itemprop='articleBody'>";
  private static final String CHROME_BOTTOM = "</div></article><aside class='related'><ul><li><a href='/a'>Other"
      + " story</a></li></ul></aside></main><footer><p>Copyright 2024 Invented Media</p></footer></body></html>";

  private static final int BASE_PER_CORPUS = 500;

  private IngestThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args scratch directory, number of base articles
   * @throws IOException when the scratch files cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/wiretrace-ingest-measure");
    int base = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    List<ArticleDraft> drafts = drafts(base);
    System.out.printf(Locale.ROOT, "%d invented articles (~%d base), JDK %s, %d cores%n", drafts.size(), base,
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    measure("jsonl", writeJsonl(dir, drafts));
    measure("txt", writeText(dir, drafts));
    measure("html", writeHtml(dir, drafts));
    measure("warc.gz", writeWarc(dir, drafts));
  }

  /** Several generated corpora (the generator's name pool caps one corpus), ids made unique per seed. */
  private static List<ArticleDraft> drafts(int base) {
    List<ArticleDraft> all = new java.util.ArrayList<>();
    int perCorpus = Math.min(base, BASE_PER_CORPUS);
    for (int seed = 42; all.size() < base * 1.5 && seed < 42 + 100; seed++) {
      for (ArticleDraft d : SyntheticCorpus.generate(GeneratorConfig.of(perCorpus, seed)).drafts()) {
        all.add(new ArticleDraft("s" + seed + "-" + d.id(), d.url() + "?s=" + seed, d.title(), d.outlet(),
            d.published(), d.text(), d.extra(), d.origin()));
      }
    }
    return all;
  }

  private static void measure(String label, Path input) throws IOException {
    long bytes = size(input);
    Ingestor ingestor = Ingestor.builder().build();
    run(ingestor, input);
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    long articles = 0;
    var os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      long cpuStart = os.getProcessCpuTime();
      articles = run(ingestor, input);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
      bestCpu = Math.min(bestCpu, (os.getProcessCpuTime() - cpuStart) / 1e9);
    }
    System.out.printf(Locale.ROOT, "%-8s %6d articles %6.1f MB | wall %6.2f s %6.0f art/s %5.1f MB/s"
        + " | process CPU %6.2f s %6.0f art/s %5.1f MB/s%n", label, articles, bytes / 1e6, best, articles / best,
        bytes / 1e6 / best, bestCpu, articles / bestCpu, bytes / 1e6 / bestCpu);
  }

  private static long run(Ingestor ingestor, Path input) throws IOException {
    AtomicLong sentences = new AtomicLong();
    IngestSummary summary = ingestor.ingest(List.of(input.toString()),
        (batch, p) -> batch.forEach(a -> sentences.addAndGet(a.sentences().size())));
    if (summary.skipped() > 0) {
      throw new IllegalStateException("measurement input had problems: " + summary.describe());
    }
    return summary.ingested();
  }

  private static Path writeJsonl(Path dir, List<ArticleDraft> drafts) throws IOException {
    Path file = dir.resolve("articles.jsonl");
    Files.createDirectories(dir);
    StringBuilder out = new StringBuilder();
    drafts.forEach(d -> out.append(SyntheticCorpus.articleLine(d)).append('\n'));
    Files.writeString(file, out);
    return file;
  }

  private static Path writeText(Path dir, List<ArticleDraft> drafts) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("txt"));
    for (ArticleDraft d : drafts) {
      Files.writeString(folder.resolve(d.id() + ".txt"), d.title() + "\n\n" + d.text());
    }
    return folder;
  }

  private static Path writeHtml(Path dir, List<ArticleDraft> drafts) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("html"));
    for (ArticleDraft d : drafts) {
      Files.writeString(folder.resolve(d.id() + ".html"), page(d));
    }
    return folder;
  }

  private static Path writeWarc(Path dir, List<ArticleDraft> drafts) throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    try (OutputStream out = Files.newOutputStream(file);
        WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
      for (ArticleDraft d : drafts) {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.HTML_UTF8, page(d).getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create(String.valueOf(d.url())))
            .date(Instant.parse("2024-06-10T00:00:00Z")).body(http).build());
      }
    }
    return file;
  }

  private static String page(ArticleDraft d) {
    String title = escape(String.valueOf(d.title()));
    StringBuilder html = new StringBuilder(String.format(Locale.ROOT, CHROME_TOP, title, title, d.url(), title));
    for (String paragraph : d.text().split("\n+")) {
      html.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    return html.append(CHROME_BOTTOM).toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
  }

  private static long size(Path input) throws IOException {
    try (var files = Files.walk(input)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
