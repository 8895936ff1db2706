package org.wiretrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.WarcCompression;
import org.wiretrace.model.Article;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.text.ReadingView;

/**
 * Feeds random bytes and mutated valid inputs to every reader (seeded: the seed is in the test name,
 * so a failure replays exactly): no exception, no hang, no reader failure, and every article's spans
 * point inside its text.
 */
class ReaderFuzzTest {

  private static final int CASES_PER_FORMAT = 24;
  private static final long BASE_SEED = 0x5EEDL;

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    List<Seed> seeds = List.of(
        new Seed("story.txt", text("Harbor council votes on ferries\n\nThe council voted 7 to 2. Mr. Okafor said the U.S. "
            + "grant of 4-1/2 million dollars helped.\nMore Stories\n")),
        new Seed("feed.jsonl", resource("feed.jsonl")),
        new Seed("page.html", resource("page.html")),
        new Seed("crawl.warc.gz", WarcArticleReaderTest.archive(WarcCompression.GZIP)),
        new Seed("crawl.warc", WarcArticleReaderTest.archive(WarcCompression.NONE)));
    for (Seed seed : seeds) {
      for (int i = 0; i < CASES_PER_FORMAT; i++) {
        long s = BASE_SEED + i;
        cases.add(Arguments.of(seed.name(), s, mutate(seed.bytes(), new SplittableRandom(s), i)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void read_mutatedInput_neverFails(String name, long seed, byte[] input) {
    IngestResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(name, input),
        () -> name + " with seed " + seed + " hung");
    assertThat(r.summary.problems()).as("seed %d", seed)
        .noneMatch(p -> p.reason() == ProblemReason.READER_FAILED);
    r.articles.forEach(ReaderFuzzTest::assertSpansInBounds);
  }

  private static IngestResult read(String name, byte[] input) {
    try {
      return IngestResult.stream(Ingestor.builder().maxProblems(100), name, new ByteArrayInputStream(input));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertSpansInBounds(Article a) {
    int n = a.text().length();
    for (Span p : a.paragraphs()) {
      assertThat(p.end()).isLessThanOrEqualTo(n);
    }
    ReadingView view = new ReadingView(a.text());
    int previousEnd = 0;
    for (Sentence s : a.sentences()) {
      assertThat(s.span().start()).isGreaterThanOrEqualTo(previousEnd);
      // a sentence's text is the reading view of its span (line breaks, a lone \r among them, read as spaces)
      Span paragraph = a.paragraphs().get(s.paragraph());
      assertThat(s.text()).isEqualTo(view.paragraph(paragraph)
          .substring(s.span().start() - paragraph.start(), s.span().end() - paragraph.start()));
      previousEnd = s.span().end();
    }
    a.stripped().forEach(c -> assertThat(c.span().of(a.text())).isEqualTo(c.text()));
  }

  /** Case 0 is pure random bytes; the rest apply 1-4 random mutations to the valid input. */
  static byte[] mutate(byte[] valid, SplittableRandom random, int caseIndex) {
    if (caseIndex == 0) {
      byte[] noise = new byte[random.nextInt(1, 4096)];
      random.nextBytes(noise);
      return noise;
    }
    byte[] bytes = valid.clone();
    int mutations = random.nextInt(1, 5);
    for (int m = 0; m < mutations && bytes.length > 1; m++) {
      bytes = mutateOnce(bytes, random);
    }
    return bytes;
  }

  private static byte[] mutateOnce(byte[] bytes, SplittableRandom random) {
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(5)) {
      case 0 -> flipBits(bytes, random);
      case 1 -> Arrays.copyOf(bytes, at);
      case 2 -> splice(bytes, at, randomBytes(random, random.nextInt(1, 64)));
      case 3 -> splice(bytes, at, Arrays.copyOfRange(bytes, random.nextInt(at + 1), at));
      default -> overwrite(bytes, at, randomBytes(random, random.nextInt(1, 32)));
    };
  }

  private static byte[] flipBits(byte[] bytes, SplittableRandom random) {
    byte[] out = bytes.clone();
    for (int i = random.nextInt(1, 10); i > 0; i--) {
      int at = random.nextInt(out.length);
      out[at] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  private static byte[] splice(byte[] bytes, int at, byte[] insert) {
    byte[] out = new byte[bytes.length + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
    return out;
  }

  private static byte[] overwrite(byte[] bytes, int at, byte[] patch) {
    byte[] out = bytes.clone();
    System.arraycopy(patch, 0, out, at, Math.min(patch.length, out.length - at));
    return out;
  }

  private static byte[] randomBytes(SplittableRandom random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] text(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(ReaderFuzzTest.class.getResourceAsStream("/ingest/" + name))) {
      return in.readAllBytes();
    }
  }

  private record Seed(String name, byte[] bytes) {}
}
