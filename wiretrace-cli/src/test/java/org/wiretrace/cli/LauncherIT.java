package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code ./wiretrace} launcher once, from another directory, without building. */
class LauncherIT {

  @TempDir Path dir;

  @Test
  void launcher_runsFromAnyDirectory() throws Exception {
    Path root = Path.of(System.getProperty("wiretrace.root", "..")).toAbsolutePath().normalize();
    Path launcher = root.resolve("wiretrace");
    assumeTrue(Files.isExecutable(launcher), "no launcher at " + launcher);
    assumeTrue(isBuilt(root.resolve("wiretrace-cli/target")), "the CLI jar is not built; run package first");

    ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version")
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.txt").toFile());
    // never build from inside a build: the jar under test is the one just packaged
    builder.environment().put("WIRETRACE_NO_BUILD", "1");
    Process process = builder.start();
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished in time").isTrue();

    String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("wiretrace 0.", "running on Java");
  }

  private static boolean isBuilt(Path target) throws IOException {
    if (!Files.isDirectory(target.resolve("lib"))) {
      return false;
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.anyMatch(p -> p.getFileName().toString().matches("wiretrace-cli-.*\\.jar"));
    }
  }
}
