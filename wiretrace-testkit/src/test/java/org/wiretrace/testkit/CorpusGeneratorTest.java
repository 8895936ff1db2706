package org.wiretrace.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;

class CorpusGeneratorTest {

  private static SyntheticCorpus corpus;
  private static Map<String, ArticleDraft> byId;

  @BeforeAll
  static void generate() {
    corpus = SyntheticCorpus.generate(GeneratorConfig.of(40, 11));
    byId = corpus.drafts().stream().collect(Collectors.toMap(d -> String.valueOf(d.id()), d -> d));
  }

  @Test
  void writeTo_sameSeed_byteIdenticalFiles(@TempDir Path dir) throws IOException {
    SyntheticCorpus.generate(GeneratorConfig.of(12, 99)).writeTo(dir.resolve("a"));
    SyntheticCorpus.generate(GeneratorConfig.of(12, 99)).writeTo(dir.resolve("b"));
    for (String file : List.of(SyntheticCorpus.ARTICLES_FILE, SyntheticCorpus.LABELS_FILE,
        SyntheticCorpus.SETTINGS_FILE)) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
          .as(file).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
    }
  }

  @Test
  void withDerivedShare_tenthOfCorpusDerived() {
    SyntheticCorpus tenth = SyntheticCorpus.generate(GeneratorConfig.of(600, 5).withDerivedShare(0.1));
    double derived = (double) tenth.labels().size() / tenth.drafts().size();
    assertThat(derived).isBetween(0.07, 0.13);
    assertThat(tenth.labels().stream().map(ReuseLabel::kind).distinct().count()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void withDerivedShare_outOfRange_namesTheLimit() {
    assertThatThrownBy(() -> GeneratorConfig.of(10, 1).withDerivedShare(1.0)).hasMessageContaining("[0, 1)");
    assertThatThrownBy(() -> GeneratorConfig.of(10, 1).withDerivedShare(0.95)).hasMessageContaining("at most");
  }

  @Test
  void writeTo_differentSeeds_differ(@TempDir Path dir) throws IOException {
    SyntheticCorpus.generate(GeneratorConfig.of(12, 1)).writeTo(dir.resolve("a"));
    SyntheticCorpus.generate(GeneratorConfig.of(12, 2)).writeTo(dir.resolve("b"));
    assertThat(Files.readString(dir.resolve("a").resolve(SyntheticCorpus.ARTICLES_FILE)))
        .isNotEqualTo(Files.readString(dir.resolve("b").resolve(SyntheticCorpus.ARTICLES_FILE)));
  }

  @Test
  void writeTo_linesAreJsonObjectsWithTheContractFields(@TempDir Path dir) throws IOException {
    corpus.writeTo(dir);
    List<String> lines = Files.readAllLines(dir.resolve(SyntheticCorpus.ARTICLES_FILE));
    assertThat(lines).hasSize(corpus.drafts().size());
    assertThat(lines.get(0)).startsWith("{\"id\":\"wt-").contains("\"url\":\"https://", "\"title\":",
        "\"outlet\":", "\"published\":\"2025-", "\"text\":").doesNotContain("\n");
    assertThat(Files.readAllLines(dir.resolve(SyntheticCorpus.LABELS_FILE)))
        .allMatch(l -> l.startsWith("{\"source\":\"wt-") && l.contains("\"changes\":["));
  }

  @Test
  void generate_baseArticles_haveTargetLengthAndEveryKindIsMade() {
    Set<String> derived = corpus.labels().stream().map(ReuseLabel::derived).collect(Collectors.toSet());
    Set<String> sources = corpus.labels().stream().map(ReuseLabel::source).collect(Collectors.toSet());
    for (String id : sources) {
      assertThat(words(byId.get(id).text())).as(id).isBetween(600, 700);
    }
    assertThat(corpus.labels().stream().map(ReuseLabel::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(DerivedKind.values());
    assertThat(byId.keySet()).containsAll(derived).containsAll(sources);
  }

  @Test
  void generate_duplicate_hasIdenticalTextElsewhere() {
    for (ReuseLabel l : labels(DerivedKind.DUPLICATE)) {
      assertThat(byId.get(l.derived()).text()).isEqualTo(byId.get(l.source()).text());
      assertThat(byId.get(l.derived()).outlet()).isNotEqualTo(byId.get(l.source()).outlet());
    }
  }

  @Test
  void generate_sameStory_sharesNoSentenceButItsPeople() {
    List<Article> articles = corpus.articles();
    Map<String, Article> analysed = new HashMap<>();
    articles.forEach(a -> analysed.put(a.id().value(), a));
    for (ReuseLabel l : labels(DerivedKind.SAME_STORY)) {
      Set<String> a = sentences(analysed.get(l.source()));
      Set<String> b = sentences(analysed.get(l.derived()));
      a.retainAll(b);
      assertThat(a).as(l.toString()).isEmpty();
      // Every lede states the story's key figure, so the independent report repeats one of them.
      Matcher figure = Pattern.compile("\\d[\\d,]*")
          .matcher(byId.get(l.source()).text().split("\n")[0]);
      List<String> figures = figure.results().map(MatchResult::group).toList();
      assertThat(figures).as(l.toString()).anyMatch(byId.get(l.derived()).text()::contains);
    }
  }

  @Test
  void generate_spun_keepsSentenceCountAndChangesMostWords() {
    for (ReuseLabel l : labels(DerivedKind.SPUN)) {
      String src = byId.get(l.source()).text();
      String der = byId.get(l.derived()).text();
      assertThat(der.split("\n\n")).hasSameSizeAs(src.split("\n\n"));
      assertThat(der).isNotEqualTo(src);
    }
  }

  @Test
  void generate_spunAndParaphrased_keepFewSentencesWordForWord() {
    // a spinner or a paraphrasing writer leaves few sentences untouched (real spun copies share about a
    // tenth of their word 5-grams with the source); a mostly verbatim copy reads as a syndication
    assertThat(verbatimSentenceShare(DerivedKind.SPUN)).isLessThan(0.2);
    assertThat(verbatimSentenceShare(DerivedKind.PARAPHRASED)).isLessThan(0.3);
    assertThat(verbatimSentenceShare(DerivedKind.SYNDICATED)).isGreaterThan(0.6);
  }

  /** Mean share of a kind's derived sentences found word for word in their source. */
  private static double verbatimSentenceShare(DerivedKind kind) {
    double sum = 0;
    List<ReuseLabel> labels = labels(kind);
    for (ReuseLabel l : labels) {
      Set<String> source = new HashSet<>(Arrays.asList(byId.get(l.source()).text().split("(?<=[.!?])\\s+")));
      String[] derived = byId.get(l.derived()).text().split("(?<=[.!?])\\s+");
      sum += Arrays.stream(derived).filter(source::contains).count() / (double) derived.length;
    }
    assertThat(labels).as(kind.name()).isNotEmpty();
    return sum / labels.size();
  }

  @Test
  void generate_injectedChanges_appearInTheirArticles() {
    int checked = 0;
    for (ReuseLabel l : corpus.labels()) {
      for (InjectedChange c : l.changes()) {
        assertThat(byId.get(l.source()).text()).as(l.toString()).contains(c.sourceText());
        assertThat(byId.get(l.derived()).text()).as(l.toString()).contains(c.derivedText());
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void invent_unrelatedStories_shareNoEntity() {
    TemplateBook book = TemplateBook.load();
    SplittableRandom random = new SplittableRandom(5);
    EntityNamer namer = new EntityNamer(Vocabulary.load(), random);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Story s = Story.invent(book.topics().get(i % book.topics().size()), book, namer,
          java.time.LocalDateTime.of(2025, 3, 1, 9, 0), random);
      for (Slot slot : List.of(Slot.LEAD, Slot.WIT, Slot.EXP, Slot.TOWN, Slot.REGION, Slot.ORG, Slot.ORG2)) {
        assertThat(seen.add(s.facts().get(slot))).as(slot + " " + s.facts().get(slot)).isTrue();
      }
    }
  }

  @Test
  void config_badValues_rejectedWithTheSettingName() {
    assertThatThrownBy(() -> GeneratorConfig.of(0, 1)).hasMessageContaining("articles = 0");
    assertThatThrownBy(() -> GeneratorConfig.of(5, 1).withWordsPerArticle(10)).hasMessageContaining("wordsPerArticle");
    Map<DerivedKind, Double> mix = new EnumMap<>(DerivedKind.class);
    mix.put(DerivedKind.SPUN, 1.5);
    assertThatThrownBy(() -> GeneratorConfig.of(5, 1).withMix(mix)).hasMessageContaining("mix.SPUN = 1.5");
    assertThatThrownBy(() -> GeneratorConfig.of(5, 1).withSameTopicShare(-0.1)).hasMessageContaining("sameTopicShare");
  }

  @Test
  void generate_sameTopicShareOne_eventsShareABeatButNotTheirStory() {
    GeneratorConfig onBeat = GeneratorConfig.of(8, 3).withMix(Map.of()).withSameTopicShare(1.0);
    List<ArticleDraft> drafts = SyntheticCorpus.generate(onBeat).drafts();
    List<java.time.Instant> times = drafts.stream().map(d -> d.published().instant()).sorted().toList();
    assertThat(java.time.Duration.between(times.getFirst(), times.getLast()).toDays())
        .isLessThanOrEqualTo(GeneratorConfig.BEAT_DAYS);
    Set<String> shared = capitalisedInAll(drafts);
    shared.removeAll(capitalisedInAll(SyntheticCorpus.generate(onBeat.withSameTopicShare(0)).drafts()));
    assertThat(shared).as("organisation and region words every event of the beat names").isNotEmpty();
    assertThat(drafts.stream().map(d -> d.text().split("\n")[0]).distinct()).hasSize(drafts.size());
  }

  private static Set<String> capitalisedInAll(List<ArticleDraft> drafts) {
    Set<String> out = null;
    for (ArticleDraft d : drafts) {
      Set<String> words = Pattern.compile("\\b[A-Z][a-z]{3,}").matcher(d.text()).results()
          .map(MatchResult::group).collect(Collectors.toCollection(HashSet::new));
      if (out == null) {
        out = words;
      } else {
        out.retainAll(words);
      }
    }
    return out == null ? new HashSet<>() : out;
  }

  @Test
  void editQuote_changesAWordOfEveryQuoteTemplate() {
    WordSwapper swapper = new WordSwapper(Vocabulary.load());
    for (Template t : TemplateBook.load().quotes()) {
      String text = Fragments.text(t.render(s -> "Town", new SplittableRandom(1)));
      assertThat(swapper.editQuote(text)).as(t.key()).isNotNull().isNotEqualTo(text);
    }
  }

  @Test
  void frontAttribution_quoteWithPlace_movesPlaceAndSpeakerFirst() {
    Template t = Template.parse("t", "\"{Q1},\" {LEAD} {SAID} at a briefing in {TOWN} on {DAY}.");
    Map<Slot, String> facts = Map.of(Slot.Q1, "We will rebuild", Slot.LEAD, "Ada Lind", Slot.SAID, "said",
        Slot.TOWN, "Elmford", Slot.DAY, "Monday");
    List<Fragment> out = Restructurer.frontAttribution(t.render(facts::get, new SplittableRandom(1)));
    assertThat(Fragments.text(out)).isEqualTo("At a briefing in Elmford on Monday, Ada Lind said: \"We will rebuild.\"");
  }

  @Test
  void frontClause_afterClause_movesItFirst() {
    Template t = Template.parse("t", "Schools closed in {TOWN} after the river rose.");
    List<Fragment> out = Restructurer.frontClause(t.render(s -> "Elmford", new SplittableRandom(1)));
    assertThat(Fragments.text(out)).isEqualTo("After the river rose, schools closed in Elmford.");
  }

  private static List<ReuseLabel> labels(DerivedKind kind) {
    List<ReuseLabel> out = corpus.labels().stream().filter(l -> l.kind() == kind).toList();
    assertThat(out).as(kind.name()).isNotEmpty();
    return out;
  }

  private static Set<String> sentences(Article a) {
    return a.sentences().stream().map(s -> s.text().strip()).collect(Collectors.toCollection(HashSet::new));
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }
}
