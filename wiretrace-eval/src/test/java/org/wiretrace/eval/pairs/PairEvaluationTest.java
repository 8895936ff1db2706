package org.wiretrace.eval.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.embed.SentenceEncoding;
import org.wiretrace.embed.TokenEmbedder;

class PairEvaluationTest {

  private static final String[] PLACES = {"Aldwick", "Brenmoor", "Castleford", "Dunmere", "Elstow"};
  private static final String[] THINGS = {"bridge", "library", "harbour", "school", "market"};
  private static final String[] EVENTS = {
    "Heavy rain flooded the lower streets overnight.",
    "A new bakery opened beside the station.",
    "The football club signed a young goalkeeper.",
    "Police are searching for a stolen tractor.",
    "Volunteers planted two hundred trees in the park."
  };

  @TempDir Path dir;

  private final TokenEmbedder embedder = new BagOfWordsEmbedder();

  @Test
  void run_trainThenScoreSeparatesInventedPairs() throws IOException {
    Path train = write("train.tsv", 7, 80);
    Path test = write("test.tsv", 8, 40);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PairScores scores =
        PairEvaluation.run(
            PairEvalOptions.trainAndScore(PairFormat.TSV, test, train), embedder, print(bytes));

    assertThat(scores.n()).isEqualTo(40);
    assertThat(scores.f1()).isGreaterThan(0.9);
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.getLast()).matches("accuracy=\\S+ precision=\\S+ recall=\\S+ f1=\\S+ n=40");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("model: logistic regression") && l.contains("train.tsv"));
  }

  @Test
  void run_savedModelReloadsToSameScores() throws IOException {
    Path train = write("train.tsv", 7, 80);
    Path test = write("test.tsv", 8, 40);
    Path model = dir.resolve("model.json");
    PairEvalOptions fit =
        new PairEvalOptions(PairFormat.TSV, test, train, null, model, 0, 0, 42, 1);
    PairEvalOptions reuse =
        new PairEvalOptions(PairFormat.TSV, test, null, model, null, 0, 0, 42, 1);

    PairScores fitted = PairEvaluation.run(fit, embedder, print(new ByteArrayOutputStream()));
    PairScores reloaded = PairEvaluation.run(reuse, embedder, print(new ByteArrayOutputStream()));

    assertThat(reloaded).isEqualTo(fitted);
    PairModel saved = PairModel.read(model);
    assertThat(saved.featureNames()).isEqualTo(PairFeatures.NAMES);
    assertThat(saved.trainingFile()).isEqualTo("train.tsv");
    assertThat(saved.trainingBytes()).isEqualTo(Files.size(train));
    assertThat(saved.embedderModel()).isEqualTo("test-bag-of-words/64");
  }

  @Test
  void run_modelFromAnotherEmbedderRefused() throws IOException {
    Path train = write("train.tsv", 7, 80);
    Path model = dir.resolve("model.json");
    PairEvaluation.run(
        new PairEvalOptions(PairFormat.TSV, train, train, null, model, 0, 0, 42, 1),
        embedder,
        print(new ByteArrayOutputStream()));
    TokenEmbedder other = new RenamedEmbedder(embedder);

    assertThatThrownBy(
            () ->
                PairEvaluation.run(
                    new PairEvalOptions(PairFormat.TSV, train, null, model, null, 0, 0, 42, 1),
                    other,
                    print(new ByteArrayOutputStream())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test-bag-of-words/64");
  }

  @Test
  void run_holdoutAndFoldsScoreOnlyTrainingFile() throws IOException {
    Path train = write("train.tsv", 7, 80);

    PairScores held =
        PairEvaluation.run(
            new PairEvalOptions(PairFormat.TSV, train, train, null, null, 0.25, 0, 42, 1),
            embedder,
            print(new ByteArrayOutputStream()));
    PairScores folds =
        PairEvaluation.run(
            new PairEvalOptions(PairFormat.TSV, train, train, null, null, 0, 4, 42, 1),
            embedder,
            print(new ByteArrayOutputStream()));

    assertThat(held.n()).isEqualTo(20);
    assertThat(folds.n()).isEqualTo(80);
  }

  @Test
  void options_splitWithOtherFileRejected() {
    Path a = dir.resolve("a.tsv");
    Path b = dir.resolve("b.tsv");

    assertThatThrownBy(() -> new PairEvalOptions(PairFormat.TSV, a, b, null, null, 0.2, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FILE must be the --train file");
    assertThatThrownBy(() -> new PairEvalOptions(PairFormat.TSV, a, null, null, null, 0, 0, 1, 1))
        .hasMessageContaining("exactly one of --train");
  }

  /** Writes invented pairs: half paraphrases (reordered, light synonym swap), half unrelated. */
  private Path write(String name, long seed, int count) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String place = PLACES[random.nextInt(PLACES.length)];
      String thing = THINGS[random.nextInt(THINGS.length)];
      int year = 1990 + random.nextInt(30);
      String first =
          "The council of " + place + " will repair the old " + thing + " before " + year + ".";
      String second =
          i % 2 == 0
              ? "Before " + year + ", " + place + " council plans to fix the old " + thing + "."
              : EVENTS[random.nextInt(EVENTS.length)];
      lines.add((i % 2 == 0 ? "1" : "0") + "\t" + first + "\t" + second);
    }
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private record RenamedEmbedder(TokenEmbedder delegate) implements TokenEmbedder {
    @Override
    public String modelName() {
      return "another-model/64";
    }

    @Override
    public int dimensions() {
      return delegate.dimensions();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
      return delegate.embed(texts);
    }

    @Override
    public List<SentenceEncoding> encode(List<String> texts) {
      return delegate.encode(texts);
    }
  }
}
