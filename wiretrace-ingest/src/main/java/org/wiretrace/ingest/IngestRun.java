package org.wiretrace.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;
import org.wiretrace.text.ArticleFactory;
import org.wiretrace.text.BoilerplateDetector;

/**
 * One ingest run: reads files with the right reader, buffers drafts into batches, turns them into
 * articles (with boilerplate evidence), drops duplicates and hands batches to the consumer.
 */
final class IngestRun implements ReadContext.DraftSink {

  /** The ingestor's settings a run needs. */
  record Settings(@Nullable InputFormat format, IngestLimits limits, int batchSize, long maxSkipped,
      BoilerplateMode boilerplate, Consumer<IngestProgress> progress, ArticleFactory factory) {}

  /** A draft waiting for its batch, with where it came from. */
  private record Pending(ArticleDraft draft, String file, @Nullable Long line, @Nullable Long record) {}

  private final Settings settings;
  private final IngestLog log;
  private final BoilerplateDetector detector;
  private final @Nullable ArticleBatchConsumer consumer;
  private final long bytesTotal;
  private final int filesTotal;
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, String> seenIds = new HashMap<>();
  private long bytesBefore;
  private @Nullable CountingInputStream current;
  private String currentName = "";
  private int filesDone;
  private long ingested;
  private long ignored;

  IngestRun(Settings settings, IngestLog log, BoilerplateDetector detector,
      @Nullable ArticleBatchConsumer consumer, long bytesTotal, int filesTotal) {
    this.settings = settings;
    this.log = log;
    this.detector = detector;
    this.consumer = consumer;
    this.bytesTotal = bytesTotal;
    this.filesTotal = filesTotal;
  }

  /** A run that only feeds drafts to the detector (first pass of two). */
  static IngestRun observing(Settings settings, BoilerplateDetector detector) {
    return new IngestRun(settings, IngestLog.tracking(0), detector, null, 0, 0);
  }

  void readFile(InputPaths.InputFile input) throws IOException {
    Path file = input.path();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException | AccessDeniedException e) {
      log.add(new IngestProblem(file.toString(), null, null, null, ProblemReason.UNREADABLE_FILE,
          "cannot open the file: " + e.getClass().getSimpleName(), "check that the file exists and is readable"));
      return;
    }
    try (in) {
      readStream(file.toString(), input.idPrefix(), in, Files.size(file));
    }
  }

  void readStream(String name, InputStream raw, long size) throws IOException {
    readStream(name, "", raw, size);
  }

  private void readStream(String name, String idPrefix, InputStream raw, long size) throws IOException {
    Optional<InputFormat> format = Optional.ofNullable(settings.format()).or(() -> InputFormat.fromFileName(name));
    if (format.isEmpty()) {
      log.add(new IngestProblem(name, null, null, null, ProblemReason.UNKNOWN_FORMAT,
          "unknown file extension", "rename it to .txt, .jsonl/.ndjson, .html/.htm or .warc/.warc.gz,"
              + " or force a format with --format"));
      finishFile(size);
      return;
    }
    current = new CountingInputStream(raw);
    currentName = name;
    ReadContext context = new ReadContext(name, idPrefix, size, settings.limits(), log, this);
    read(format.get(), name, current, context);
    finishFile(current.count());
  }

  private void read(InputFormat format, String name, InputStream counted, ReadContext context)
      throws IOException {
    boolean gunzip = format != InputFormat.WARC && InputFormat.isGzip(name);
    try {
      InputStream in = gunzip ? new GZIPInputStream(counted, 1 << 16) : counted;
      ReadContext ctx = gunzip ? context.withUnknownSize() : context;
      format.newReader().read(in, ctx);
    } catch (EOFException | ZipException e) {
      context.fileProblem(ProblemReason.TRUNCATED_FILE,
          "file ends early or is corrupt (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "re-download or re-create the file; the records before the damage were kept");
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    } catch (ConsumerFailure e) {
      throw (RuntimeException) e.getCause();
    } catch (IngestAbortedException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // a reader must never fail on data; if one does, keep going and report it as a bug
      context.fileProblem(ProblemReason.READER_FAILED,
          "the " + format + " reader failed: " + e, "please report this as a bug, attaching the file");
    }
  }

  private void finishFile(long bytes) throws IOException {
    filesDone++;
    bytesBefore += bytes;
    current = null;
    checkSkipLimit();
    settings.progress().accept(progress());
  }

  @Override
  public void accept(ArticleDraft draft, @Nullable Long line, @Nullable Long record) {
    if (consumer == null) {
      detector.observe(draft);
      return;
    }
    pending.add(new Pending(draft, currentName, line, record));
    if (pending.size() >= settings.batchSize()) {
      flushUnchecked();
    }
  }

  @Override
  public void ignored() {
    ignored++;
  }

  IngestSummary finish() throws IOException {
    try {
      flush();
    } catch (ConsumerFailure e) {
      throw (RuntimeException) e.getCause();
    }
    return summary();
  }

  /** Carries the consumer's own unchecked failure past the readers' safety nets, unchanged. */
  private static final class ConsumerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConsumerFailure(RuntimeException cause) {
      super(cause);
    }
  }

  private void flushUnchecked() {
    try {
      flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void flush() throws IOException {
    if (pending.isEmpty() || consumer == null) {
      return;
    }
    List<Article> batch = toArticles();
    if (!batch.isEmpty()) {
      ingested += batch.size();
      try {
        consumer.accept(List.copyOf(batch), progress());
      } catch (RuntimeException e) {
        throw new ConsumerFailure(e);
      }
      settings.progress().accept(progress());
    }
    checkSkipLimit();
  }

  /** An article built from a pending draft, or why it could not be built. */
  private record Created(Pending pending, @Nullable Article article, @Nullable String invalidId) {}

  /**
   * Turns the pending drafts into articles: boilerplate evidence is gathered once per outlet, the
   * text analysis (the costly part) runs in parallel, and the checks that record problems run in
   * input order, so output and problems stay deterministic.
   */
  private List<Article> toArticles() {
    if (settings.boilerplate() == BoilerplateMode.RUNNING) {
      pending.forEach(p -> detector.observe(p.draft()));
    }
    List<Set<String>> evidence = evidence();
    List<Created> created = java.util.stream.IntStream.range(0, pending.size()).parallel()
        .mapToObj(i -> build(pending.get(i), evidence.get(i))).toList();
    List<Article> batch = new ArrayList<>(pending.size());
    for (Created c : created) {
      Article article = check(c);
      if (article != null) {
        batch.add(article);
      }
    }
    pending.clear();
    return batch;
  }

  private List<Set<String>> evidence() {
    if (settings.boilerplate() == BoilerplateMode.OFF) {
      return java.util.Collections.nCopies(pending.size(), Set.of());
    }
    Map<Optional<Outlet>, Set<String>> perOutlet = new HashMap<>();
    List<Set<String>> evidence = new ArrayList<>(pending.size());
    for (Pending p : pending) {
      Optional<Outlet> outlet = Optional.ofNullable(BoilerplateDetector.outletOf(p.draft()));
      evidence.add(perOutlet.computeIfAbsent(outlet, o -> detector.boilerplate(o.orElse(null))));
    }
    return evidence;
  }

  private Created build(Pending p, Set<String> boilerplate) {
    try {
      return new Created(p, settings.factory().create(p.draft(), boilerplate), null);
    } catch (IllegalArgumentException e) {
      return new Created(p, null, e.getMessage());
    }
  }

  private @Nullable Article check(Created c) {
    Pending p = c.pending();
    Article article = c.article();
    if (article == null) {
      problem(p, ProblemReason.INVALID_ID, String.valueOf(c.invalidId()), "fix the record's id");
      return null;
    }
    if (article.sentences().isEmpty()) {
      problem(p, ProblemReason.ONLY_CHROME, "every line of the text is site chrome ("
          + article.stripped().size() + " lines stripped)", "check the text field holds the article body");
      return null;
    }
    String earlier = seenIds.putIfAbsent(article.id().value(), String.valueOf(p.draft().origin()));
    if (earlier != null) {
      problem(p, ProblemReason.DUPLICATE_ID, "id '" + article.id() + "' was already ingested from " + earlier,
          "give every article a unique id, or remove the duplicate");
      return null;
    }
    return article;
  }

  private void problem(Pending p, ProblemReason reason, String detail, String fix) {
    log.add(new IngestProblem(p.file(), p.line(), p.record(), null, reason, detail, fix));
  }

  private void checkSkipLimit() {
    if (settings.maxSkipped() >= 0 && log.skipped() > settings.maxSkipped()) {
      throw new IngestAbortedException("ingest stopped: " + log.skipped() + " inputs skipped, more than maxSkipped = "
          + settings.maxSkipped() + "; fix the inputs (see the problems) or raise the limit with --max-skipped",
          summary());
    }
  }

  private IngestProgress progress() {
    long bytes = bytesBefore + (current == null ? 0 : current.count());
    return new IngestProgress(bytes, bytesTotal, filesDone, filesTotal, ingested, log.skipped(), currentName);
  }

  private IngestSummary summary() {
    return new IngestSummary(ingested, log.skipped(), ignored, filesDone, bytesBefore, log.countsByReason(),
        log.problems(), log.total());
  }
}
