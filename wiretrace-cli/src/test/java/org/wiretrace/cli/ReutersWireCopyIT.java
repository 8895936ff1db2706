package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentenceEmbedderProvider;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.ingest.Ingestor;
import org.wiretrace.model.Article;
import org.wiretrace.model.Sentence;
import org.wiretrace.text.ReadingView;

/**
 * Property tests over real hard-wrapped wire copy (issue 10): every story of the Reuters-21578 file
 * in ../shared ingests, every sentence span indexes the original text, and no sentence starts inside
 * a wrapped line. The whole file is read with the lexical embedder; seeded samples go through the
 * default embedder and through {@code wiretrace ingest} into a store. Skipped when the file is absent.
 */
class ReutersWireCopyIT {

  private static final Path REUTERS = Path.of(System.getProperty("wiretrace.shared", "/work/shared"),
      "eval", "reuters", "reuters-21578.jsonl");
  private static final int STORIES = 19_043;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…\"'”’)\\]]$");

  @TempDir Path dir;

  @Test
  void ingest_wholeFileLexical_everyStoryWithSentencesIndexingTheOriginal() throws IOException {
    assumeTrue(Files.isRegularFile(REUTERS), "Reuters file absent at " + REUTERS);
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    List<Article> articles = new ArrayList<>();
    IngestSummary summary = Ingestor.builder().build().ingest(List.of(REUTERS.toString()), (batch, progress) -> {
      detector.fingerprints(batch);
      articles.addAll(batch);
    });
    assertThat(summary.skipped()).as(summary.describe()).isZero();
    assertThat(articles).hasSize(STORIES);
    articles.forEach(ReutersWireCopyIT::assertReadable);
    int[] counts = articles.stream().mapToInt(a -> a.bodySentences().size()).sorted().toArray();
    System.out.printf("reuters: %d stories, body sentences median %d, p90 %d%n", counts.length,
        counts[counts.length / 2], counts[(int) (counts.length * 0.9)]);
  }

  @ParameterizedTest
  @ValueSource(longs = {10L, 2026L})
  void ingest_seededSampleDefaultEmbedder_storesEveryStory(long seed) throws IOException {
    assumeTrue(Files.isRegularFile(REUTERS), "Reuters file absent at " + REUTERS);
    assumeTrue(!SentenceEmbedderProvider.discover().isEmpty(), "no ONNX sentence model on the class path");
    Path sample = sample(seed, 100);
    CliRunner.Result result = new CliRunner(dir).run("ingest", "--store", dir.resolve("store").toString(),
        sample.toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("100 ingested, 0 skipped").contains("100 added");
    SentenceEmbedder embedder = SentenceEmbedderProvider.discover().getFirst().create();
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), embedder);
    Ingestor.builder().build().ingest(List.of(sample.toString()), (batch, progress) -> {
      detector.fingerprints(batch);
      batch.forEach(ReutersWireCopyIT::assertReadable);
    });
  }

  /** Spans index the original; a sentence never starts mid-sentence on the next wrapped line. */
  private static void assertReadable(Article a) {
    String text = a.text();
    List<Sentence> sentences = a.sentences();
    int base = shallowestIndent(text);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.span().end()).as(a.id() + " sentence " + i).isLessThanOrEqualTo(text.length());
      assertThat(sameReading(s.text(), s.span().of(text))).as(a.id() + ": " + s.text()).isTrue();
      if (i > 0) {
        assertThat(startsInsideWrappedLine(text, sentences.get(i - 1), s, base))
            .as(a.id() + " sentence " + i + " starts inside a wrapped line: " + s.text()).isFalse();
      }
    }
  }

  /**
   * The reading view differs from the original only in whitespace, fillers and folded quotes
   * (typewriter pairs, and a double quote typed for an apostrophe: "country"s").
   */
  private static boolean sameReading(String view, String original) {
    for (int i = 0; i < view.length(); i++) {
      char v = view.charAt(i);
      char o = original.charAt(i);
      boolean same = v == o || v == ' ' && Character.isWhitespace(o) || v == ReadingView.FILLER
          || "“”‘’".indexOf(v) >= 0 && "`'".indexOf(o) >= 0 || v == '’' && o == '"';
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * A sentence starting on a continuation line (no blank line before it, indented no deeper than the
   * story's shallowest line, so not a paragraph or table row opened by indentation) after one that
   * ended mid-sentence (no closing punctuation), with a lower-case word, continues that sentence:
   * the wrap was not undone.
   */
  private static boolean startsInsideWrappedLine(String text, Sentence previous, Sentence s, int base) {
    String gap = text.substring(previous.span().end(), s.span().start());
    boolean oneBreak = gap.chars().filter(c -> c == '\n').count() == 1;
    int indent = gap.length() - gap.lastIndexOf('\n') - 1;
    return oneBreak && indent <= base && !SENTENCE_END.matcher(previous.text()).find()
        && Character.isLowerCase(s.text().charAt(0));
  }

  private static int shallowestIndent(String text) {
    return text.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
  }

  private Path sample(long seed, int size) throws IOException {
    List<String> lines = Files.readAllLines(REUTERS, StandardCharsets.UTF_8);
    int[] picked = new Random(seed).ints(0, lines.size()).distinct().limit(size).sorted().toArray();
    Path out = dir.resolve("sample-" + seed + ".jsonl");
    Files.write(out, Arrays.stream(picked).mapToObj(lines::get).toList(), StandardCharsets.UTF_8);
    return out;
  }
}
