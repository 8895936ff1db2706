package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
