package org.wiretrace.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.spark.InputListing.InputFile;

class JobConfigTest {

  @Test
  void parse_optionsAndPositionals() {
    JobConfig c = JobConfig.parse("--partitions", "16", "--format", "warc", "--max-term-articles", "500",
        "--outputs", "parquet", "--set", "seed=7", "out", "in/a.warc.gz", "in/b/");
    assertThat(c.output()).isEqualTo("out");
    assertThat(c.inputs()).containsExactly("in/a.warc.gz", "in/b/");
    assertThat(c.partitions()).isEqualTo(16);
    assertThat(c.format()).isEqualTo("warc");
    assertThat(c.maxTermArticles()).isEqualTo(500);
    assertThat(c.outputs()).containsExactly("parquet");
    assertThat(c.detector()).containsEntry("seed", "7");
  }

  @Test
  void parse_noInput_namesTheFix() {
    assertThatThrownBy(() -> JobConfig.parse("out")).hasMessageContaining("at least one input")
        .hasMessageContaining("usage:");
  }

  @Test
  void parse_badValues_nameTheSetting() {
    assertThatThrownBy(() -> JobConfig.parse("--partitions", "0", "o", "i")).hasMessageContaining("--partitions 0");
    assertThatThrownBy(() -> JobConfig.parse("--partitions", "x", "o", "i")).hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> JobConfig.parse("--outputs", "csv", "o", "i")).hasMessageContaining("'csv'");
    assertThatThrownBy(() -> JobConfig.parse("--set", "seed", "o", "i")).hasMessageContaining("key=value");
    assertThatThrownBy(() -> JobConfig.parse("--bogus", "o", "i")).hasMessageContaining("unknown option --bogus");
  }

  @Test
  void config_unknownDetectorKey_rejected() {
    assertThatThrownBy(() -> Detectors.config(Map.of("colour", "blue"))).hasMessageContaining("--set colour");
    assertThat(Detectors.config(Map.of("seed", "9", "termLimit", "20")).termLimit()).isEqualTo(20);
  }

  @Test
  void assign_largestFilesSpreadOverPartitions() {
    List<InputFile> files = List.of(new InputFile(0, "a", 100), new InputFile(1, "b", 90), new InputFile(2, "c", 10),
        new InputFile(3, "d", 5));
    var slots = ReadStage.assign(files, 2);
    long[] load = new long[2];
    slots.forEach(t -> load[t._1()] += t._2().size());
    assertThat(load).containsExactlyInAnyOrder(105L, 100L);
  }

  @Test
  void oneLine_dropsIndentationOnly() {
    assertThat(StoryStage.oneLine("{\n  \"a\": \"x  y\",\n  \"b\": [\n    1\n  ]\n}"))
        .isEqualTo("{\"a\": \"x  y\",\"b\": [1]}");
  }
}
