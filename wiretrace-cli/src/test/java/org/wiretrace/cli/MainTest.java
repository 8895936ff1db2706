package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

  @TempDir Path dir;

  @Test
  void help_listsCommandsAndExitCodes() {
    CliRunner.Result result = new CliRunner(dir).run("--help");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("list", "show", "stats", "Exit codes:", "incompatible store");
  }

  @Test
  void version_printsVersionAndRuntime() {
    CliRunner.Result result = new CliRunner(dir).run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("wiretrace ").contains("running on Java");
  }

  @Test
  void run_noCommand() {
    CliRunner.Result result = new CliRunner(dir).run();

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("Missing command");
  }

  @Test
  void run_misspelledCommandSuggestsTheRightOne() {
    CliRunner.Result result = new CliRunner(dir).run("lis");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("Did you mean", "list");
  }

  @Test
  void run_unknownOption() {
    CliRunner.Result result = new CliRunner(dir).run("list", "--colour");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("--colour", "wiretrace list --help");
  }

  @Test
  void subcommandHelp_showsExamples() {
    CliRunner.Result result = new CliRunner(dir).run("show", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Examples:", "wiretrace show");
  }

  @Test
  void everyCommandsHelp_rendersWithoutFormatWarnings() {
    CommandLine root = Main.commandLine(new CliContext(java.util.Map.of(), dir, false));
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      renderAll(root);
    } finally {
      System.setErr(stderr);
    }

    assertThat(warnings.toString(StandardCharsets.UTF_8))
        .as("a description with a bare %% sign (write %%%% for a literal one)")
        .doesNotContain("picocli WARN");
  }

  private static void renderAll(CommandLine command) {
    assertThat(command.getUsageMessage()).as(command.getCommandName()).doesNotContain("%n");
    command.getSubcommands().values().forEach(MainTest::renderAll);
  }
}
