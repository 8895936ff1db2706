package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wiretrace generate}: a seeded corpus that ingest reads without a problem. */
class GenerateCommandIT {

  @TempDir Path dir;

  @Test
  void generate_sameSeedSameCorpusAndIngestible() throws Exception {
    CliRunner cli = new CliRunner(dir);

    CliRunner.Result first = cli.run("generate", "a", "--articles", "3", "--seed", "5");
    cli.run("generate", "b", "--articles", "3", "--seed", "5");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).contains("articles and", "labels to", "seed 5");
    assertThat(Files.readString(dir.resolve("a/articles.jsonl"))).isEqualTo(Files.readString(dir.resolve("b/articles.jsonl")));
    assertThat(Files.readAllLines(dir.resolve("a/labels.jsonl"))).isNotEmpty();
    CliRunner.Result ingest = cli.run("ingest", "a/articles.jsonl", "--embedder", "lexical");
    assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
  }

  @Test
  void generate_derivedShare_mostlyBaseArticles() throws Exception {
    CliRunner cli = new CliRunner(dir);

    CliRunner.Result tenth = cli.run("generate", "t", "--articles", "200", "--seed", "5", "--derived-share", "0.1");
    CliRunner.Result tooMany = cli.run("generate", "m", "--articles", "3", "--derived-share", "0.95");

    assertThat(tenth.exitCode()).as(tenth.toString()).isZero();
    int articles = Files.readAllLines(dir.resolve("t/articles.jsonl")).size();
    int labels = Files.readAllLines(dir.resolve("t/labels.jsonl")).size();
    assertThat((double) labels / articles).isBetween(0.05, 0.15);
    assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(tooMany.err()).contains("derived share", "at most");
  }
}
