package org.wiretrace.changes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wiretrace.model.Span;
import org.wiretrace.text.SentenceSplitter;

/** Finds a sentence of a seed article by a phrase it contains; skips the test when seeds are absent. */
final class SeedSentences {

  private SeedSentences() {}

  /**
   * Returns the passage of the first sentence in seed {@code prefix} containing {@code phrase}.
   *
   * @param prefix the seed file's number, e.g. "000"
   * @param phrase words the sentence contains
   * @return the sentence as a passage of the whole article
   */
  static Passage sentence(String prefix, String phrase) {
    String text = article(prefix);
    int at = text.indexOf(phrase);
    assumeTrue(at >= 0, () -> "seed " + prefix + " does not contain: " + phrase);
    int paragraphStart = text.lastIndexOf('\n', at) + 1;
    int paragraphEnd = text.indexOf('\n', at);
    paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
    for (Span span : new SentenceSplitter().split(text.substring(paragraphStart, paragraphEnd), paragraphStart)) {
      if (span.start() <= at && at < span.end()) {
        return new Passage(text, span, null);
      }
    }
    throw new IllegalStateException("no sentence around " + phrase);
  }

  static String article(String prefix) {
    String shared = System.getProperty("wiretrace.shared", "");
    Path seeds = Path.of(shared, "corpus", "seeds");
    assumeTrue(!shared.isEmpty() && Files.isDirectory(seeds), "shared seeds absent");
    try (DirectoryStream<Path> files = Files.newDirectoryStream(seeds, prefix + "_*.txt")) {
      for (Path file : files) {
        return Files.readString(file, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assumeTrue(false, "seed " + prefix + " absent");
    throw new IllegalStateException("unreachable");
  }
}
