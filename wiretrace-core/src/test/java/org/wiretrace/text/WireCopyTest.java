package org.wiretrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.model.StrippedChrome;

/**
 * Issue 10: hard-wrapped wire copy is read as paragraphs of whole sentences, its framing is
 * stripped as wire chrome, and text that is not hard-wrapped reads exactly as before. The fixtures
 * in {@code resources/wire/} are invented copy in three wire styles (PA: end-of-paragraph marks and
 * TeX quotes; Reuters: indented paragraphs; blank-line paragraphs with a slug and rules) and one
 * page of one-line paragraphs.
 */
class WireCopyTest {

  private final ArticleFactory factory = new ArticleFactory();

  @Test
  void create_paStyle_marksEndParagraphsAndChromeIsStripped() throws IOException {
    Article a = read("pa-style.txt");
    assertThat(a.stripped()).extracting(StrippedChrome::kind).containsExactly(ChromeKind.RULE_LINE,
        ChromeKind.SLUG_LINE, ChromeKind.RULE_LINE, ChromeKind.CREDIT_LINE, ChromeKind.SIGN_OFF, ChromeKind.RULE_LINE);
    assertThat(a.published().iso()).isEqualTo("1998-05-14T09:12");
    assertThat(a.outlet().name()).isEqualTo("pa news");
    assertThat(a.paragraphs()).hasSize(5);
    assertThat(read(a)).containsExactly(
        "HARBOUR FIRE",
        "A warehouse fire at Dunmore harbour was started deliberately, fire investigators told a court today.",
        "The blaze destroyed a store of imported timber and forced the evacuation of 40 homes on the night of "
            + "March 3, the hearing at Dunmore Crown Court was told.",
        "Prosecutor Neil Abbot said the defendant, a 34-year-old former dock worker, had “a long-standing grudge "
            + "against the owners” and had bought petrol an hour before the fire began.",
        "He said the damage came to more than 2 million pounds and that rebuilding the quay would be a slow, "
            + "international effort.",
        "International insurers have already visited the site.",
        "The defendant denies arson.",
        "The trial continues.");
    assertThat(a.sentences().getFirst().heading()).isTrue();
  }

  @Test
  void create_paStyle_texQuotesAreQuotesForTheTokenizer() throws IOException {
    Article a = read("pa-style.txt");
    List<List<Token>> tokens = new SentenceTokens().of(a);
    List<Token> prosecutor = tokens.get(3);
    assertThat(prosecutor).filteredOn(t -> t.norm().equals("grudge")).extracting(Token::quoted).containsExactly(true);
    assertThat(prosecutor).filteredOn(t -> t.norm().equals("petrol")).extracting(Token::quoted).containsExactly(false);
    assertThat(tokens.get(4)).extracting(Token::norm).contains("international").doesNotContain("inter", "national");
  }

  @Test
  void create_reutersStyle_indentedLinesOpenParagraphs() throws IOException {
    Article a = read("reuters-style.txt");
    assertThat(a.stripped()).extracting(StrippedChrome::kind).containsExactly(ChromeKind.SIGN_OFF);
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(read(a)).containsExactly(
        "Valdoria's central bank raised its main lending rate by half a point to 6.5 pct on Tuesday, its second "
            + "rise in three months, saying inflation had become entrenched in the well-known sectors of food and fuel.",
        "The bank said consumer prices rose 7.2 pct in the year to March, against 6.8 pct in February, and it "
            + "expected them to stay above its target until the end of next year.",
        "Analysts had expected the increase.",
        "\"The bank had little choice,\" said Marta Lind, an economist at Kestria Securities.",
        "Traders said the currency firmed slightly after the decision was announced at midday.");
  }

  @Test
  void create_reutersStyle_compoundHyphenAtALineEndStaysOneWord() throws IOException {
    List<Token> first = new SentenceTokens().of(read("reuters-style.txt")).getFirst();
    assertThat(first).extracting(Token::norm).contains("wellknown").doesNotContain("well", "known");
  }

  @Test
  void create_blankLineStyle_slugGivesTimeAndBylineGivesOutlet() throws IOException {
    Article a = read("blank-line-style.txt");
    assertThat(a.stripped()).extracting(StrippedChrome::kind).containsExactly(ChromeKind.RULE_LINE,
        ChromeKind.SLUG_LINE, ChromeKind.RULE_LINE, ChromeKind.CREDIT_LINE, ChromeKind.SIGN_OFF);
    assertThat(a.published().iso()).isEqualTo("2026-03-17T06:40");
    assertThat(a.outlet().name()).isEqualTo("kestria press agency");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(read(a)).hasSize(5).contains(
        "The dam, built in 1961, had been inspected last year.",
        "An engineer who took part said the report had warned of ‘serious seepage’ at its base.");
  }

  @Test
  void create_givenOutletWinsOverTheByline() throws IOException {
    var draft = new ArticleDraft("x", null, null, new org.wiretrace.model.Outlet("dunmore echo"), null,
        resource("pa-style.txt"), Map.of(), null);
    assertThat(factory.create(draft).outlet().name()).isEqualTo("dunmore echo");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pa-style.txt", "reuters-style.txt", "blank-line-style.txt", "one-line-paragraphs.txt"})
  void create_anyStyle_sentenceSpansIndexTheOriginal(String name) throws IOException {
    Article a = read(name);
    for (Sentence s : a.sentences()) {
      String original = s.span().of(a.text());
      assertThat(original.strip()).isEqualTo(original);
      assertThat(s.text().length()).isEqualTo(original.length());
      for (int i = 0; i < original.length(); i++) {
        char v = s.text().charAt(i);
        char o = original.charAt(i);
        assertThat(v == o || v == ' ' && Character.isWhitespace(o) || v == ReadingView.FILLER
            || "“”‘’".indexOf(v) >= 0 && "`'".indexOf(o) >= 0 || v == '’' && o == '"').as(name + " at " + (s.span().start() + i)).isTrue();
      }
    }
  }

  @Test
  void create_oneLineParagraphs_readAsBefore() throws IOException {
    Article a = read("one-line-paragraphs.txt");
    assertOneParagraphPerLine(a);
    assertThat(a.sentences()).hasSize(6);
    assertThat(a.sentences().getFirst().heading()).isTrue();
  }

  static Stream<Path> unwrappedArticles() throws IOException {
    Path corpus = Path.of("..", "examples", "corpus");
    Path fixtures = Path.of("src", "test", "resources", "articles");
    Stream<Path> demo = Files.isDirectory(corpus) ? Files.list(corpus) : Stream.empty();
    return Stream.concat(demo, Files.list(fixtures)).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("unwrappedArticles")
  void create_textThatIsNotHardWrapped_keepsOneParagraphPerLine(Path file) throws IOException {
    Article a = factory.create(ArticleDraft.of("f", Files.readString(file)));
    assertOneParagraphPerLine(a);
  }

  @Test
  void create_singleTrailingAngleBracketIsText() {
    Article a = factory.create(ArticleDraft.of("m", "Valves were rated <\nThe pump is new."));
    assertThat(a.sentences().getFirst().text()).isEqualTo("Valves were rated <");
  }

  @Test
  void create_hyphenatedBreakJoinsWhenTheWordOccursElsewhere() {
    String line = "The committee reviewed the budget and the spending plan for the har-\n";
    String text = line + "bour again on Monday, as harbour staff had asked the committee to do.\n"
        + line + "Bour district, where the committee and the spending plan were read out again in full.";
    List<Sentence> sentences = factory.create(ArticleDraft.of("h", text)).sentences();
    assertThat(ReadingView.withoutFillers(sentences.get(0).text())).contains("for the harbour again");
    assertThat(ReadingView.withoutFillers(sentences.get(1).text())).contains("for the har-Bour district");
  }

  @Test
  void create_shortFirstLineEndingInAnInitialism_carriesOn() {
    // a dateline cut from the first line leaves it short; "U.K." there is not the end of a sentence
    String text = "The record 3.1 billion dlrs rise in U.K.\n"
        + "Exports in June lifted hopes of a further cut in base lending\n"
        + "rates before the autumn, market analysts said on Tuesday.\n"
        + "    Sterling firmed slightly against the mark after the figures\n"
        + "were released, dealers in London said late in the morning.\n";
    Article a = factory.create(ArticleDraft.of("r", text));
    assertThat(read(a)).containsExactly(
        "The record 3.1 billion dlrs rise in U.K. Exports in June lifted hopes of a further cut in base lending "
            + "rates before the autumn, market analysts said on Tuesday.",
        "Sterling firmed slightly against the mark after the figures were released, dealers in London said late "
            + "in the morning.");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void create_lineEndingASentenceBeforeAnOpener_stillEndsItsParagraph() {
    String text = "The council approved the new harbour budget on Monday night after a\n"
        + "long debate about the cost of dredging the outer channel for the U.S.\n"
        + "The vote was seven to two, with the two independents against the\n"
        + "plan, and the work will start in the spring, the council said.\n";
    Article a = factory.create(ArticleDraft.of("c", text));
    assertThat(read(a)).hasSize(2);
    assertThat(read(a).get(1)).startsWith("The vote was seven to two");
  }

  @Test
  void create_signOffMidTextIsContent() {
    Article a = factory.create(ArticleDraft.of("s", "Ends\nThe line closes at noon.\nTrains resume at six."));
    assertThat(a.stripped()).isEmpty();
  }

  private static void assertOneParagraphPerLine(Article a) {
    for (Span p : a.paragraphs()) {
      assertThat(p.of(a.text())).doesNotContain("\n");
    }
    for (Sentence s : a.sentences()) {
      assertThat(s.text()).isEqualTo(s.span().of(a.text()));
    }
  }

  private static List<String> read(Article a) {
    return a.sentences().stream().map(s -> ReadingView.withoutFillers(s.text())).toList();
  }

  private Article read(String name) throws IOException {
    return factory.create(ArticleDraft.of(name, resource(name)));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WireCopyTest.class.getResourceAsStream("/wire/" + name)) {
      Assumptions.assumeTrue(in != null, "fixture " + name);
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
