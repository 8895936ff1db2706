package org.wiretrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.StrippedChrome;

class ArticleFactoryTest {

  private final ArticleFactory factory = new ArticleFactory();

  @Test
  void create_stripsChromeAndKeepsOffsets() {
    String text = "By Dana Okafor\nThe council met on Tuesday. Mr. Park chaired it.\n"
        + "The vote was 7-2 after nearly 4-1/2 hours.\nPublish : 2024-05-02 08:30:00\nGive Your Comments\n";
    Article a = factory.create(ArticleDraft.of("c1", text));
    assertThat(a.stripped()).extracting(StrippedChrome::kind).containsExactly(
        ChromeKind.CREDIT_LINE, ChromeKind.PUBLISH_LINE, ChromeKind.COMMENT_PROMPT);
    assertThat(a.published().iso()).isEqualTo("2024-05-02T08:30");
    assertThat(a.published().foundIn()).isEqualTo("text");
    assertThat(a.sentences()).extracting(Sentence::text).containsExactly(
        "The council met on Tuesday.", "Mr. Park chaired it.", "The vote was 7-2 after nearly 4-1/2 hours.");
    for (Sentence s : a.sentences()) {
      assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo(s.text());
    }
    assertThat(a.cleanedText()).doesNotContain("Publish", "Comments", "Okafor");
  }

  @Test
  void create_bioAboveTrailingChromeIsStillFound() {
    Article a = factory.create(ArticleDraft.of("b", "The ferry runs hourly from June.\n"
        + "\u201cCoffee lover. Harbor nerd. Writer. Proud cat parent.\u201d\nShare this article\nGive Your Comments"));
    assertThat(a.stripped()).extracting(StrippedChrome::kind).containsExactly(
        ChromeKind.AUTHOR_BIO, ChromeKind.SHARE_PROMPT, ChromeKind.COMMENT_PROMPT);
    assertThat(a.sentences()).hasSize(1);
  }

  @Test
  void create_metadataTimeWinsOverText() {
    var draft = new ArticleDraft("x", null, null, null,
        org.wiretrace.model.PublishedTime.parse("2020-01-01", "metadata").orElseThrow(),
        "Body line here.\nPublish : 2023-03-21 10:03:00", java.util.Map.of(), null);
    assertThat(factory.create(draft).published().iso()).isEqualTo("2020-01-01");
  }

  @Test
  void create_headingsAreMarked() {
    Article a = factory.create(ArticleDraft.of("h", "Traffic returns\nCars are back on the bridge.\n"
        + "Officials urge calm on 'the new timetable'\nThe ferry runs hourly."));
    assertThat(a.sentences()).extracting(Sentence::heading).containsExactly(true, false, true, false);
  }

  @Test
  void create_corpusEvidenceDoesNotGutNearDuplicates() {
    String text = "First line of a story.\nSecond line of a story.\nThird line.";
    Set<String> all = Set.of(ChromeStripper.normaliseLine("First line of a story."),
        ChromeStripper.normaliseLine("Second line of a story."), ChromeStripper.normaliseLine("Third line."));
    assertThat(factory.create(ArticleDraft.of("d", text), all).sentences()).hasSize(3);
    Set<String> one = Set.of(ChromeStripper.normaliseLine("Third line."));
    assertThat(factory.create(ArticleDraft.of("d", text), one).sentences()).hasSize(2);
  }

  @Test
  void create_seedCorpusChrome() throws IOException {
    Path seeds = Path.of(System.getProperty("wiretrace.shared", "../shared"), "corpus", "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "seed corpus absent: " + seeds);
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Assumptions.assumeTrue(files.size() == 5, "expected the five seed articles");
    List<List<ChromeKind>> kinds = files.stream().map(this::strippedKinds).toList();
    assertThat(kinds.get(0)).containsExactly(ChromeKind.NAVIGATION);
    assertThat(kinds.get(1)).containsExactly(ChromeKind.PHOTO_CREDIT, ChromeKind.PUBLISH_LINE, ChromeKind.COMMENT_PROMPT);
    assertThat(kinds.get(2)).containsExactly(ChromeKind.NAVIGATION, ChromeKind.CREDIT_LINE);
    assertThat(kinds.get(3)).isEmpty();
    assertThat(kinds.get(4)).containsExactly(ChromeKind.AUTHOR_BIO);
    Article second = create(files.get(1));
    assertThat(second.published().iso()).isEqualTo("2023-03-21T10:03");
  }

  private List<ChromeKind> strippedKinds(Path file) {
    return create(file).stripped().stream().map(StrippedChrome::kind).toList();
  }

  private Article create(Path file) {
    try {
      return factory.create(ArticleDraft.of(file.getFileName().toString(), Files.readString(file)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
