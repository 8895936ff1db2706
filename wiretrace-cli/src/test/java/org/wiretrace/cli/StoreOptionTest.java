package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StoreOptionTest {

  private static final Path WORK = Path.of("/work/dir");

  @Test
  void directory_defaultsToDotWiretrace() {
    assertThat(parse().directory(new CliContext(Map.of(), WORK, false)))
        .isEqualTo(Path.of("/work/dir/.wiretrace"));
  }

  @Test
  void directory_fromEnvironment() {
    CliContext context = new CliContext(Map.of(CliContext.HOME_VARIABLE, "/data/store"), WORK, false);

    assertThat(parse().directory(context)).isEqualTo(Path.of("/data/store"));
  }

  @Test
  void directory_optionWinsAndIsResolvedAgainstWorkingDir() {
    CliContext context = new CliContext(Map.of(CliContext.HOME_VARIABLE, "/data/store"), WORK, false);

    assertThat(parse("--store", "mine").directory(context)).isEqualTo(Path.of("/work/dir/mine"));
  }

  private static StoreOption parse(String... args) {
    StoreOption option = new StoreOption();
    new CommandLine(option).parseArgs(args);
    return option;
  }
}
