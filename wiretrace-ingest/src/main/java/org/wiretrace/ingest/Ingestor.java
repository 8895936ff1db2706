package org.wiretrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.wiretrace.text.ArticleFactory;
import org.wiretrace.text.BoilerplateDetector;

/**
 * The front door of ingest: reads articles from files, folders and globs, in any {@link InputFormat},
 * and streams them in batches to an {@link ArticleBatchConsumer}. Bad input is recorded as {@link
 * IngestProblem}s and summarised in the returned {@link IngestSummary}; only I/O failures (and the
 * consumer's own) are thrown.
 *
 * <pre>{@code
 * Ingestor ingestor = Ingestor.builder().format(null).batchSize(500).build();
 * IngestSummary summary = ingestor.ingest(List.of("data/*.jsonl", "pages/"),
 *     (batch, progress) -> store.put(batch));
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code ingest} call is an independent run.
 */
public final class Ingestor {

  private final @Nullable InputFormat format;
  private final IngestLimits limits;
  private final int batchSize;
  private final int maxProblems;
  private final long maxSkipped;
  private final BoilerplateMode boilerplate;
  private final Consumer<IngestProgress> progress;
  private final ArticleFactory factory;

  private Ingestor(Builder b) {
    this.format = b.format;
    this.limits = new IngestLimits(b.maxFileBytes, b.maxRecordBytes, b.maxHtmlDepth);
    this.batchSize = b.batchSize;
    this.maxProblems = b.maxProblems;
    this.maxSkipped = b.maxSkipped;
    this.boilerplate = b.boilerplate;
    this.progress = b.progress;
    this.factory = b.factory;
  }

  /**
   * Returns a builder with the defaults: format detected per file, 64 MB file limit, 16 MB record
   * limit, batches of 500, 1000 problems kept, no skip limit, running boilerplate evidence.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Ingests paths: files, folders (walked recursively, sorted) and glob patterns.
   *
   * @param inputs the paths as given by the user
   * @param consumer receives the articles batch by batch
   * @return what was ingested and what went wrong
   * @throws IOException when reading a file or the consumer fails
   * @throws IngestAbortedException when more inputs were skipped than {@code maxSkipped}
   */
  public IngestSummary ingest(List<String> inputs, ArticleBatchConsumer consumer) throws IOException {
    IngestLog log = IngestLog.tracking(maxProblems);
    List<InputPaths.InputFile> files = InputPaths.resolve(inputs, log);
    BoilerplateDetector detector = new BoilerplateDetector();
    if (boilerplate == BoilerplateMode.TWO_PASS) {
      prescan(files, detector);
    }
    IngestRun run = newRun(log, detector, consumer, totalBytes(files), files.size());
    for (InputPaths.InputFile file : files) {
      run.readFile(file);
    }
    return run.finish();
  }

  /**
   * Ingests one stream, e.g. an upload or standard input. {@link BoilerplateMode#TWO_PASS} acts as
   * {@link BoilerplateMode#RUNNING} here, since a stream can be read only once.
   *
   * @param name the stream's name, used to detect the format (unless forced) and in problems
   * @param in the bytes; not closed
   * @param consumer receives the articles batch by batch
   * @return what was ingested and what went wrong
   * @throws IOException when reading the stream or the consumer fails
   */
  public IngestSummary ingest(String name, InputStream in, ArticleBatchConsumer consumer) throws IOException {
    IngestLog log = IngestLog.tracking(maxProblems);
    // a stream cannot be read twice: two-pass evidence falls back to running evidence
    BoilerplateMode mode = boilerplate == BoilerplateMode.TWO_PASS ? BoilerplateMode.RUNNING : boilerplate;
    IngestRun run = new IngestRun(new IngestRun.Settings(format, limits, batchSize, maxSkipped, mode, progress,
        factory), log, new BoilerplateDetector(), consumer, 0, 1);
    run.readStream(name, in, -1);
    return run.finish();
  }

  private IngestRun newRun(IngestLog log, BoilerplateDetector detector, ArticleBatchConsumer consumer,
      long bytesTotal, int filesTotal) {
    IngestRun.Settings settings = new IngestRun.Settings(format, limits, batchSize, maxSkipped,
        boilerplate, progress, factory);
    return new IngestRun(settings, log, detector, consumer, bytesTotal, filesTotal);
  }

  /** First pass of {@link BoilerplateMode#TWO_PASS}: count lines only; problems are reported later. */
  private void prescan(List<InputPaths.InputFile> files, BoilerplateDetector detector) throws IOException {
    IngestRun.Settings settings = new IngestRun.Settings(format, limits, Integer.MAX_VALUE, -1,
        BoilerplateMode.OFF, p -> {}, factory);
    IngestRun scan = IngestRun.observing(settings, detector);
    for (InputPaths.InputFile file : files) {
      scan.readFile(file);
    }
  }

  private static long totalBytes(List<InputPaths.InputFile> files) {
    long total = 0;
    for (InputPaths.InputFile file : files) {
      try {
        total += Files.size(file.path());
      } catch (IOException e) {
        // unreadable files are reported when read; they count zero bytes here
      }
    }
    return total;
  }

  /** Configures an {@link Ingestor}; every setting is validated when set. */
  public static final class Builder {
    private @Nullable InputFormat format;
    private long maxFileBytes = IngestLimits.DEFAULT.maxFileBytes();
    private int maxRecordBytes = IngestLimits.DEFAULT.maxRecordBytes();
    private int maxHtmlDepth = IngestLimits.DEFAULT.maxHtmlDepth();
    private int batchSize = 500;
    private int maxProblems = 1000;
    private long maxSkipped = -1;
    private BoilerplateMode boilerplate = BoilerplateMode.RUNNING;
    private Consumer<IngestProgress> progress = p -> {};
    private ArticleFactory factory = new ArticleFactory();

    private Builder() {}

    /**
     * Forces one format for every file, instead of detecting it from the extension.
     *
     * @param format the format, or null to detect per file
     * @return this builder
     */
    public Builder format(@Nullable InputFormat format) {
      this.format = format;
      return this;
    }

    /**
     * Sets the largest .txt or .html file read whole (JSONL and WARC are streamed).
     *
     * @param bytes the limit, at least 1
     * @return this builder
     */
    public Builder maxFileBytes(long bytes) {
      require(bytes >= 1, "maxFileBytes = " + bytes + " must be at least 1; the default is 64 MB");
      this.maxFileBytes = bytes;
      return this;
    }

    /**
     * Sets the largest single record: a JSONL line or a WARC payload.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     */
    public Builder maxRecordBytes(int bytes) {
      require(bytes >= 1, "maxRecordBytes = " + bytes + " must be at least 1; the default is 16 MB");
      this.maxRecordBytes = bytes;
      return this;
    }

    /**
     * Sets the deepest HTML element nesting examined for main text; deeper content is ignored.
     *
     * @param depth the limit, at least 16
     * @return this builder
     */
    public Builder maxHtmlDepth(int depth) {
      require(depth >= 16, "maxHtmlDepth = " + depth + " is too shallow for real pages; use 16 or more");
      this.maxHtmlDepth = depth;
      return this;
    }

    /**
     * Sets how many articles go to the consumer at once.
     *
     * @param size the batch size, at least 1
     * @return this builder
     */
    public Builder batchSize(int size) {
      require(size >= 1, "batchSize = " + size + " must be at least 1");
      this.batchSize = size;
      return this;
    }

    /**
     * Sets how many problems are kept in full (all are counted).
     *
     * @param max the number, 0 or more
     * @return this builder
     */
    public Builder maxProblems(int max) {
      require(max >= 0, "maxProblems = " + max + " is negative; use 0 or more");
      this.maxProblems = max;
      return this;
    }

    /**
     * Stops the run with {@link IngestAbortedException} once more than this many inputs were skipped.
     *
     * @param max the limit, or -1 for no limit
     * @return this builder
     */
    public Builder maxSkipped(long max) {
      require(max >= -1, "maxSkipped = " + max + " is invalid; use -1 (no limit) or 0 or more");
      this.maxSkipped = max;
      return this;
    }

    /**
     * Sets how corpus-level boilerplate evidence is gathered.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder boilerplate(BoilerplateMode mode) {
      this.boilerplate = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets a listener told of progress after every file and batch.
     *
     * @param listener the listener; called on the ingesting thread
     * @return this builder
     */
    public Builder progress(Consumer<IngestProgress> listener) {
      this.progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the factory that turns drafts into articles. It must be thread-safe: the drafts of a batch
     * are analysed in parallel (results and problems keep the input order).
     *
     * @param factory the factory
     * @return this builder
     */
    public Builder articleFactory(ArticleFactory factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * Builds the ingestor.
     *
     * @return the ingestor
     */
    public Ingestor build() {
      return new Ingestor(this);
    }

    private static void require(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
