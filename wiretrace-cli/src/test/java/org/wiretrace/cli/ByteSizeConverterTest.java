package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ByteSizeConverterTest {

  @Test
  void parse_unitsAreBinaryAndCaseInsensitive() {
    assertThat(ByteSizeConverter.parse("4096")).isEqualTo(4096L);
    assertThat(ByteSizeConverter.parse("512k")).isEqualTo(512L << 10);
    assertThat(ByteSizeConverter.parse("64MB")).isEqualTo(64L << 20);
    assertThat(ByteSizeConverter.parse("200m")).isEqualTo(200L << 20);
    assertThat(ByteSizeConverter.parse("1g")).isEqualTo(1L << 30);
    assertThat(ByteSizeConverter.parse(" 2 TB ")).isEqualTo(2L << 40);
  }

  @Test
  void parse_badValuesNameTheValueAndTheFix() {
    assertThatThrownBy(() -> ByteSizeConverter.parse("lots")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'lots' is not a size").hasMessageContaining("e.g. 64MB");
    assertThatThrownBy(() -> ByteSizeConverter.parse("1.5g")).hasMessageContaining("is not a size");
    assertThatThrownBy(() -> ByteSizeConverter.parse("-3m")).hasMessageContaining("is not a size");
    assertThatThrownBy(() -> ByteSizeConverter.parse("0")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> ByteSizeConverter.parse("99999999999t")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> ByteSizeConverter.parse("99999999999999999999")).hasMessageContaining("out of range");
  }

  @Test
  void compactAfter_onlyAboveTheThresholdAndNotWhenSwitchedOff() {
    IngestOptions defaults = new IngestOptions();
    IngestOptions off = new IngestOptions();
    new picocli.CommandLine(new Holder(off)).parseArgs("--no-compact");

    assertThat(defaults.compactAfter(IngestOptions.COMPACT_AFTER)).isFalse();
    assertThat(defaults.compactAfter(IngestOptions.COMPACT_AFTER + 1)).isTrue();
    assertThat(off.compactAfter(IngestOptions.COMPACT_AFTER + 1)).isFalse();
  }

  /** A command that only carries the options, to parse them. */
  @picocli.CommandLine.Command(name = "holder")
  private static final class Holder {
    @picocli.CommandLine.Mixin private final IngestOptions options;

    Holder(IngestOptions options) {
      this.options = options;
    }
  }
}
