package org.wiretrace.cli;

import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.wiretrace.ingest.IngestProgress;

/**
 * Draws ingest progress (bytes read, articles so far) on standard error; created only when a
 * person watches a terminal, so logs and pipes stay clean.
 */
final class IngestProgressBar implements Consumer<IngestProgress>, AutoCloseable {

  private static final long KILOBYTE = 1L << 10;
  private static final long MEGABYTE = 1L << 20;

  private @Nullable ProgressBar bar;

  @Override
  public void accept(IngestProgress progress) {
    if (bar == null) {
      bar = new ProgressBarBuilder()
          .setTaskName("Ingesting")
          .setInitialMax(Math.max(1, progress.bytesTotal()))
          .setUnit(progress.bytesTotal() >= 10 * MEGABYTE ? " MB" : " KB",
              progress.bytesTotal() >= 10 * MEGABYTE ? MEGABYTE : KILOBYTE)
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .showSpeed()
          .build();
    }
    bar.stepTo(progress.bytesDone());
    bar.setExtraMessage(" " + progress.articles() + " articles, " + progress.skipped() + " skipped");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
