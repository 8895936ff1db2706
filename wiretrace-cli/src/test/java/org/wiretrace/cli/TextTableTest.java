package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void print_padsColumnsAndCutsLongCells() {
    StringWriter out = new StringWriter();
    new TextTable(8, "ID", "TITLE").row("a", "short").row("bb", "a much longer title").row("c", null)
        .print(new PrintWriter(out));

    assertThat(out.toString().lines()).containsExactly(
        "ID  TITLE",
        "a   short",
        "bb  a much …",
        "c   -");
  }
}
