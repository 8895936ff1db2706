package org.wiretrace.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairFileTest {

  @TempDir Path dir;

  @Test
  void read_msrpWithBomAndHeader() throws IOException {
    Path file =
        write(
            "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
                + "1\t11\t12\tThe ferry left at noon.\tAt noon the ferry departed.\n"
                + "0\t13\t14\tPrices rose 3%.\tThe museum closed early.\n");

    PairFile pairs = PairFile.read(file, PairFormat.MSRP);

    assertThat(pairs.pairs()).hasSize(2);
    assertThat(pairs.problems()).isEmpty();
    assertThat(pairs.pairs().get(0))
        .isEqualTo(
            new LabelledPair(
                "11", 2, "The ferry left at noon.", "At noon the ferry departed.", true));
    assertThat(pairs.positives()).isEqualTo(1);
  }

  @Test
  void read_msrpWithoutHeaderBomOnFirstDataLine() throws IOException {
    Path file = write("\uFEFF1\t1\t2\tA dog barked.\tA dog was barking.\n");

    PairFile pairs = PairFile.read(file, PairFormat.MSRP);

    assertThat(pairs.pairs()).extracting(LabelledPair::paraphrase).containsExactly(true);
  }

  @Test
  void read_malformedLinesSkippedWithLineNumbers() throws IOException {
    Path file =
        write(
            "1\tThe train was late.\tThe train arrived late.\n"
                + "2\tbad label\tstill bad\n"
                + "only one column\n"
                + "\n"
                + "0\t\tempty first\n"
                + "0\tCats sleep.\tThe bank raised rates.\n");

    PairFile pairs = PairFile.read(file, PairFormat.TSV);

    assertThat(pairs.pairs()).extracting(LabelledPair::line).containsExactly(1, 6);
    assertThat(pairs.problems()).extracting(PairProblem::line).containsExactly(2, 3, 5);
    assertThat(pairs.problems().get(0).reason()).contains("label '2'");
    assertThat(pairs.problems().get(1).reason()).contains("expected 3 tab-separated columns");
  }

  @Test
  void read_pawsHeaderAndColumns() throws IOException {
    Path file =
        write(
            "id\tsentence1\tsentence2\tlabel\n"
                + "7\tShe sold the farm in 1990.\tIn 1990 she sold the farm.\t1\n");

    PairFile pairs = PairFile.read(file, PairFormat.PAWS);

    assertThat(pairs.pairs())
        .containsExactly(
            new LabelledPair(
                "7", 2, "She sold the farm in 1990.", "In 1990 she sold the farm.", true));
  }

  @Test
  void named_unknownFormatListsKnownOnes() {
    assertThat(PairFormat.named("MSRP")).isEqualTo(PairFormat.MSRP);
    assertThatThrownBy(() -> PairFormat.named("csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("msrp, paws, tsv");
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("pairs.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
