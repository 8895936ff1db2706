package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSubmitExampleCommandTest {

  @TempDir Path dir;

  @Test
  void call_printsTheSubmitCommandAndKnobsFromSparkMd() {
    CliRunner.Result result = new CliRunner(dir).run("spark-submit-example");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Submit:", "spark-submit", "--class org.wiretrace.spark.ReuseJob",
        "Knobs that matter:", "--partitions", "docs/SPARK.md").doesNotContain("```");
  }

  @Test
  void call_matchesTheDocumentInTheRepository() throws Exception {
    Path doc = Path.of(System.getProperty("wiretrace.root", "..")).resolve("docs/SPARK.md");
    assumeTrue(Files.isRegularFile(doc), "no docs/SPARK.md at " + doc);
    List<String> lines = Files.readAllLines(doc);

    String out = new CliRunner(dir).run("spark-submit-example").out();

    for (String section : SparkSubmitExampleCommand.SECTIONS) {
      assertThat(out).contains(SparkSubmitExampleCommand.section(lines, section).strip());
    }
  }

  @Test
  void section_missingTitleNamesTheFix() {
    assertThatThrownBy(() -> SparkSubmitExampleCommand.section(List.of("# Doc", "## Other"), "Submit"))
        .hasMessageContaining("no '## Submit' section").hasMessageContaining("SECTIONS");
  }

  @Test
  void section_stopsAtTheNextSectionAndDropsFences() {
    String text = SparkSubmitExampleCommand.section(
        List.of("## Submit", "```", "spark-submit x", "```", "## Next", "other"), "Submit");

    assertThat(text).isEqualTo("Submit:\nspark-submit x\n");
  }
}
