package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wiretrace.index.IncompatibleStoreException;

class CliExceptionHandlerTest {

  @Test
  void exitCode_badInput() {
    assertThat(CliExceptionHandler.exitCode(new BadInputException("no such id"))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(CliExceptionHandler.exitCode(new IllegalArgumentException("bad value"))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(CliExceptionHandler.exitCode(new NoSuchFileException("x.txt"))).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void exitCode_incompatibleStore() {
    IncompatibleStoreException incompatible = new IncompatibleStoreException(
        IncompatibleStoreException.Reason.values()[0], Path.of("/tmp/store"), "schema 1, expected 2");

    assertThat(CliExceptionHandler.exitCode(incompatible)).isEqualTo(ExitCodes.INCOMPATIBLE_STORE);
    assertThat(CliExceptionHandler.exitCode(new UncheckedIOException(incompatible)))
        .isEqualTo(ExitCodes.INCOMPATIBLE_STORE);
  }

  @Test
  void exitCode_ioFailureIsOther() {
    assertThat(CliExceptionHandler.exitCode(new IOException("disk full"))).isEqualTo(ExitCodes.OTHER);
    assertThat(CliExceptionHandler.exitCode(new UncheckedIOException(new IOException("disk full"))))
        .isEqualTo(ExitCodes.OTHER);
  }

  @Test
  void exitCode_unexpectedIsInternal() {
    assertThat(CliExceptionHandler.exitCode(new NullPointerException())).isEqualTo(ExitCodes.INTERNAL);
    assertThat(CliExceptionHandler.exitCode(new IllegalStateException("bug"))).isEqualTo(ExitCodes.INTERNAL);
  }
}
