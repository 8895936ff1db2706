package org.wiretrace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;

/**
 * Crash safety: a writer process killed with {@code kill -9} mid-ingest leaves a store that opens
 * cleanly and holds every batch it reported as committed, and never half a batch.
 */
class StoreCrashIT {

  private static final int BATCH_SIZE = 10;
  private static final int ROUNDS = 2;
  private static final int BATCHES_BEFORE_KILL = 3;

  @TempDir Path temp;

  private Path dir;

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void killDuringIngest_committedBatchesSurvive() throws Exception {
    dir = temp.resolve("store");
    List<Integer> reported = new ArrayList<>();
    int next = 0;
    for (int round = 0; round < ROUNDS; round++) {
      List<Integer> committed = runAndKill(next);
      assertThat(committed).as("round %d reported commits", round).hasSizeGreaterThanOrEqualTo(BATCHES_BEFORE_KILL);
      reported.addAll(committed);
      int stored = verify(reported);
      next = stored / BATCH_SIZE;
    }
  }

  /**
   * Starts the writer at a batch number, kills it after a few commits, returns the batches it
   * reported. Its output goes to a file because killing a process closes its pipes.
   */
  private List<Integer> runAndKill(int firstBatch) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = Files.createTempFile(temp, "crash-writer", ".log");
    Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), CrashWriterMain.class.getName(),
        dir.toString(), Integer.toString(firstBatch), Integer.toString(BATCH_SIZE))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectOutput(log.toFile())
        .start();
    try {
      while (reportedIn(log).size() < BATCHES_BEFORE_KILL && child.isAlive()) {
        Thread.sleep(5);
      }
      assertThat(child.isAlive()).as("writer still running when killed").isTrue();
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("writer exited after kill").isTrue();
    }
    return reportedIn(log);
  }

  /** Batch numbers of the complete lines written so far. */
  private static List<Integer> reportedIn(Path log) throws IOException {
    String out = Files.readString(log, StandardCharsets.UTF_8);
    List<Integer> batches = new ArrayList<>();
    int lineEnd;
    for (int start = 0; (lineEnd = out.indexOf('\n', start)) >= 0; start = lineEnd + 1) {
      batches.add(Integer.parseInt(out.substring(start, lineEnd).strip().substring("committed ".length())));
    }
    return batches;
  }

  /** Reopens the store; checks all reported batches and whole batches only; returns the article count. */
  private int verify(List<Integer> reported) throws IOException {
    try (WiretraceStore store = WiretraceStore.open(dir, CrashWriterMain.STAMP)) {
      int count = store.articles().count();
      assertThat(count % BATCH_SIZE).as("no half batch in %d articles", count).isZero();
      for (int batch : reported) {
        for (int i = 0; i < BATCH_SIZE; i++) {
          ArticleId id = ArticleId.of(CrashWriterMain.id(batch, i));
          assertThat(store.articles().get(id)).as("article %s", id).isPresent();
          assertThat(store.candidates().contains(id)).as("fingerprints of %s", id).isTrue();
        }
      }
      try (var all = store.articles().all()) {
        assertThat(all.map(Article::id).distinct().count()).isEqualTo(count);
      }
      return count;
    }
  }
}
