package org.wiretrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.index.LuceneCandidateIndex;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.ingest.Ingestor;
import org.wiretrace.ingest.InputFormat;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.store.ArticleStore.OnExisting;

/**
 * Runs one ingest for {@code ingest} and {@code report}: reads the paths, and either stores each
 * batch with its candidate fingerprints (compacting the store after a bulk ingest) or keeps the
 * articles in memory; also repairs fingerprints an interrupted ingest left out.
 */
final class IngestRunner {

  /** Articles fingerprinted per commit when repairing. */
  private static final int REPAIR_BATCH = 500;

  private final CliContext context;
  private final @Nullable InputFormat format;
  private final boolean progress;
  private final IngestOptions options;

  /**
   * Creates a runner.
   *
   * @param context the run's context
   * @param format the forced format, or null to detect it per file
   * @param progress whether to draw a progress bar (only drawn on a terminal)
   * @param options the limits, boilerplate mode and compaction choice
   */
  IngestRunner(CliContext context, @Nullable InputFormat format, boolean progress, IngestOptions options) {
    this.context = context;
    this.format = format;
    this.progress = progress && context.interactive();
    this.options = options;
  }

  /**
   * Creates a runner with the default limits and boilerplate mode.
   *
   * @param context the run's context
   * @param format the forced format, or null to detect it per file
   * @param progress whether to draw a progress bar (only drawn on a terminal)
   */
  IngestRunner(CliContext context, @Nullable InputFormat format, boolean progress) {
    this(context, format, progress, new IngestOptions());
  }

  /**
   * Fingerprints the stored articles that have none: what an ingest killed between its article
   * commit and its fingerprint commit leaves behind (such articles are never found as candidates).
   * Says on stderr how many were re-indexed, when any.
   *
   * @param store the open, writable store
   * @param detector makes the fingerprints
   * @param err standard error
   * @return how many articles were re-indexed
   * @throws IOException when reading or writing the store fails
   */
  static int repairFingerprints(WiretraceStore store, ReuseDetector detector, PrintWriter err) throws IOException {
    List<ArticleId> missing = store.articlesWithoutFingerprints();
    for (int from = 0; from < missing.size(); from += REPAIR_BATCH) {
      refingerprint(store, detector, missing.subList(from, Math.min(missing.size(), from + REPAIR_BATCH)));
    }
    if (!missing.isEmpty()) {
      err.println("re-indexed " + missing.size() + " articles left without fingerprints by an interrupted ingest");
      err.flush();
    }
    return missing.size();
  }

  /**
   * Ingests into the store: articles and their candidate fingerprints, batch by batch.
   *
   * @param paths files, folders and globs as given
   * @param store the open, writable store
   * @param detector makes the fingerprints
   * @param onExisting what to do with ids already stored
   * @return the report of the run
   * @throws IOException when reading or writing fails
   */
  IngestReport intoStore(List<String> paths, WiretraceStore store, ReuseDetector detector, OnExisting onExisting)
      throws IOException {
    StoreWrites writes = new StoreWrites(onExisting);
    IngestSummary summary = run(paths, batch -> {
      List<String> kept = writes.put(store.articles(), batch);
      List<Article> fresh = fingerprint(store.candidates(), detector, batch, kept, onExisting);
      judgeAtIngest(store, detector, fresh);
    });
    if (options.compactAfter(writes.total().added())) {
      store.compact();
    }
    return new IngestReport(summary, writes, store.path());
  }

  /**
   * Ingests into memory only.
   *
   * @param paths files, folders and globs as given
   * @param articles receives the articles
   * @return the summary of the run
   * @throws IOException when reading fails
   */
  IngestSummary inMemory(List<String> paths, List<Article> articles) throws IOException {
    return run(paths, articles::addAll);
  }

  private IngestSummary run(List<String> paths, BatchSink sink) throws IOException {
    try (IngestProgressBar bar = new IngestProgressBar()) {
      Ingestor ingestor = options.apply(Ingestor.builder())
          .format(format).progress(progress ? bar : p -> {}).build();
      return ingestor.ingest(context.arguments(paths), (batch, p) -> sink.accept(batch));
    }
  }

  /** Fingerprints stored articles again and commits them once. */
  private static void refingerprint(WiretraceStore store, ReuseDetector detector, List<ArticleId> ids)
      throws IOException {
    List<Article> stored = new ArrayList<>();
    for (ArticleId id : ids) {
      store.articles().get(id).ifPresent(stored::add);
    }
    store.candidates().putAll(detector.fingerprints(stored));
  }

  /**
   * Detection at ingest ({@link ReuseDetector#judgeNew}): the new articles' candidate pairs are judged
   * now, so that the store remembers the judgements and {@code report} and {@code serve} read them.
   */
  private static void judgeAtIngest(WiretraceStore store, ReuseDetector detector, List<Article> fresh)
      throws IOException {
    try {
      detector.judgeNew(fresh, store.candidates(), store.articles());
    } catch (IOException e) {
      throw new IOException(e.getMessage() + " in " + store.path(), e);
    }
  }

  /** Fingerprints new and replaced articles; unchanged ones keep theirs. Returns those fingerprinted. */
  private static List<Article> fingerprint(LuceneCandidateIndex candidates, ReuseDetector detector, List<Article> batch,
      List<String> kept, OnExisting onExisting) throws IOException {
    Set<String> skip = new HashSet<>(kept);
    List<Article> fresh = new ArrayList<>();
    for (Article article : batch) {
      boolean stale = onExisting == OnExisting.REPLACE || !candidates.contains(article.id());
      if (!skip.contains(article.id().value()) && stale) {
        fresh.add(article);
      }
    }
    candidates.putAll(detector.fingerprints(fresh));
    return fresh;
  }

  /** Where one batch of articles goes. */
  @FunctionalInterface
  private interface BatchSink {
    void accept(List<Article> batch) throws IOException;
  }
}
