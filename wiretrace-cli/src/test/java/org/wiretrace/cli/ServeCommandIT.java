package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wiretrace serve} on a free port: serves the stored articles, stops when interrupted. */
class ServeCommandIT {

  private static final Pattern URL = Pattern.compile("on (http://\\S+/)");

  @TempDir Path dir;

  @Test
  void serve_answersApiUntilInterrupted() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Bridge reopens\n\nThe old bridge reopened to traffic on Monday.");
    assertThat(new CliRunner(dir).run("ingest", "a.txt", "--embedder", "lexical").exitCode()).isZero();
    StringWriter out = new StringWriter();
    CommandLine commandLine = Main.commandLine(new CliContext(Map.of(), dir, false));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving = new Thread(() -> exit.set(commandLine.execute("serve", "--port", "0", "--embedder", "lexical")));
    serving.start();

    URI base = awaitUrl(out);
    HttpResponse<String> list = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(base.resolve("api/articles")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    serving.interrupt();
    serving.join(10_000);

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"a\"");
    assertThat(serving.isAlive()).as("serve stopped after interrupt").isFalse();
    assertThat(exit.get()).isZero();
    assertThat(new CliRunner(dir).run("ingest", "a.txt", "--embedder", "lexical").exitCode()).as("store closed and unlocked").isZero();
  }

  private static URI awaitUrl(StringWriter out) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = URL.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve printed no URL within 20 s; output: " + out);
  }
}
