package org.wiretrace.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.web.WebServer;
import org.wiretrace.web.WebServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wiretrace serve}: the web app and JSON API over the store, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Run the web app and JSON API over the store.",
    description = {
      "Serves the browser UI and the JSON API on http://127.0.0.1:7070/ until interrupted (Ctrl-C). "
          + "Listens on loopback only unless --bind says otherwise; then set a token, which write "
          + "endpoints (uploads) require as 'Authorization: Bearer <token>'.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  wiretrace serve",
      "  wiretrace serve --port 8080 --store /data/wiretrace",
      "  WIRETRACE_TOKEN=s3cret wiretrace serve --bind 0.0.0.0"
    })
final class ServeCommand implements Callable<Integer> {

  /** Environment variable holding the write token when {@code --token} is not given. */
  static final String TOKEN_VARIABLE = "WIRETRACE_TOKEN";

  @ParentCommand private WiretraceCommand root;
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;
  @Mixin private DetectorOptions detection;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port = WebServerConfig.DEFAULT_PORT;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private String bind = WebServerConfig.DEFAULT_BIND;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Token required on write endpoints (default: $WIRETRACE_TOKEN).")
  private @Nullable String token;

  private final CountDownLatch closed = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    try (Detection loaded = Detection.open(detection.embedder());
        WiretraceStore opened = Stores.openWritable(store.directory(context), loaded);
        WebServer server = WebServer.builder().store(opened.articles())
            .detector(loaded.detector(opened.embeddings(), opened.judgements())).candidateIndex(opened.candidates())
            .bind(bind).port(port).token(token != null ? token : context.variable(TOKEN_VARIABLE)).build().start()) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("Wiretrace web app on " + server.uri() + " (store " + opened.path() + "); Ctrl-C stops it");
      out.flush();
      awaitShutdown();
    } finally {
      closed.countDown();
    }
    return ExitCodes.OK;
  }

  /**
   * Blocks until the thread is interrupted (by tests) or the JVM shuts down (Ctrl-C). The shutdown
   * hook interrupts this thread and waits until the server and store are closed.
   */
  private void awaitShutdown() {
    Thread serving = Thread.currentThread();
    Thread hook = new Thread(() -> {
      serving.interrupt();
      try {
        closed.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "wiretrace-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      // interrupted: stop serving; the try-with-resources in call() closes server and store
    } finally {
      removeHook(hook);
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook is running and waits for us
    }
  }
}
