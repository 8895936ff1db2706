package org.wiretrace.testkit;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;

/**
 * Generates a seeded synthetic news corpus with ground truth (issue 5.4).
 *
 * <p>Each base article reports its own invented story (one of several event topics) with its own
 * people, places, organisations, numbers, dates and quotes, written from sentence templates and a
 * vocabulary of the project's own; no real text is copied. For each base article and each
 * {@link DerivedKind}, a copy of that kind is made with the probability in the config's mix, and
 * some copies get injected fact changes. Unrelated articles share vocabulary and phrasing, never
 * entities; same-story articles share entities and facts, never sentences.
 *
 * <p>Real news fails story grouping through same-topic events: several court cases at one court in a
 * week, several matches of one league on a weekend. So with the config's {@code sameTopicShare} a new
 * event joins a running beat of an earlier event: same topic, published within
 * {@link GeneratorConfig#BEAT_DAYS} days, the same organisation and region, but its own people, town,
 * figures, dates and quotes. Events never share a label: each is its own true story.
 *
 * <p>Everything is drawn from one {@link SplittableRandom} seeded by the config, so a seed always
 * gives the same corpus. Article ids ({@code wt-00001}, ...) are assigned after a seeded shuffle, so
 * the id order says nothing about which article was derived from which.
 */
public final class CorpusGenerator {

  private static final LocalDateTime EPOCH = LocalDateTime.of(2025, 1, 6, 0, 0);
  private static final int SPREAD_DAYS = 360;
  private static final long ID_SHUFFLE_SALT = 0x5DEECE66DL;

  private final GeneratorConfig config;

  /**
   * Creates a generator.
   *
   * @param config the settings
   */
  public CorpusGenerator(GeneratorConfig config) {
    this.config = config;
  }

  /**
   * Generates the corpus in memory.
   *
   * @return the articles (sorted by id) and labels (sorted by source, then derived)
   */
  public SyntheticCorpus generate() {
    return new Run(config).generate();
  }

  /** One generation: the state shared by all stories of a corpus. */
  private static final class Run {
    private final GeneratorConfig config;
    private final SplittableRandom master;
    private final TemplateBook book = TemplateBook.load();
    private final EntityNamer namer;
    private final StoryWriter writer;
    private final Rewriter rewriter;
    private final List<String> outlets = new ArrayList<>();
    private final List<Pending> articles = new ArrayList<>();
    private final List<PendingLabel> labels = new ArrayList<>();
    private final List<Beat> beats = new ArrayList<>();

    Run(GeneratorConfig config) {
      this.config = config;
      this.master = new SplittableRandom(config.seed());
      Vocabulary vocabulary = Vocabulary.load();
      this.namer = new EntityNamer(vocabulary, master.split());
      WordSwapper swapper = new WordSwapper(vocabulary);
      this.writer = new StoryWriter(book);
      this.rewriter = new Rewriter(book, writer, swapper, new FactEditor(namer, swapper), config.changeRate());
    }

    SyntheticCorpus generate() {
      int outletCount = Math.max(6, Math.min(80, config.articles() / 4 + 6));
      for (int i = 0; i < outletCount; i++) {
        outlets.add(namer.outletName());
      }
      for (int i = 0; i < config.articles(); i++) {
        story(master.split());
      }
      return assemble();
    }

    private void story(SplittableRandom random) {
      ArticlePlan base = writer.write(newStory(random), config.wordsPerArticle(), Set.of(), Set.of(), random);
      Pending source = add(base, base.story.published(), random);
      for (DerivedKind kind : DerivedKind.values()) {
        if (random.nextDouble() < config.mix().get(kind)) {
          Rewriter.Result r = derive(kind, base, random);
          LocalDateTime when = base.story.published().plusMinutes(30 + random.nextInt(72 * 60));
          Pending derived = add(r.plan(), when, random, source.outlet);
          labels.add(new PendingLabel(source, derived, kind, r.reordered(), r.changes()));
        }
      }
    }

    private Story newStory(SplittableRandom random) {
      if (!beats.isEmpty() && random.nextDouble() < config.sameTopicShare()) {
        return onBeat(Story.pick(beats, random), random);
      }
      Topic topic = Story.pick(book.topics(), random);
      LocalDateTime published = EPOCH.plusDays(random.nextInt(SPREAD_DAYS))
          .plusHours(6 + random.nextInt(15)).plusMinutes(random.nextInt(60));
      Story story = Story.invent(topic, book, namer, published, random);
      beats.add(new Beat(topic, story.facts().get(Slot.ORG), story.facts().get(Slot.REGION), published));
      return story;
    }

    /** Invents another event of a beat: its organisation and region, its own people, town and figures. */
    private Story onBeat(Beat beat, SplittableRandom random) {
      LocalDateTime published = beat.opened().plusHours(random.nextInt(GeneratorConfig.BEAT_DAYS * 24))
          .plusMinutes(random.nextInt(60));
      return Story.invent(beat.topic(), book, namer, published, random)
          .with(Slot.ORG, beat.organisation()).with(Slot.REGION, beat.region());
    }

    private Rewriter.Result derive(DerivedKind kind, ArticlePlan base, SplittableRandom random) {
      return switch (kind) {
        case DUPLICATE -> rewriter.duplicate(base);
        case SYNDICATED -> rewriter.syndicate(base, random);
        case PARAPHRASED -> rewriter.paraphrase(base, random);
        case SPUN -> rewriter.spin(base, random);
        case PARTIAL -> rewriter.partial(base, host(random), random);
        case SAME_STORY -> rewriter.sameStory(base, config.wordsPerArticle(), random);
      };
    }

    /** Writes the article a partial copy is embedded in: another story, about 60% of the length. */
    private ArticlePlan host(SplittableRandom random) {
      int words = Math.max(GeneratorConfig.MIN_WORDS, config.wordsPerArticle() * 3 / 5);
      return writer.write(newStory(random), words, Set.of(), Set.of(), random);
    }

    private Pending add(ArticlePlan plan, LocalDateTime when, SplittableRandom random, String... avoidOutlets) {
      String outlet;
      do {
        outlet = Story.pick(outlets, random);
      } while (List.of(avoidOutlets).contains(outlet));
      Pending p = new Pending(plan, outlet, when);
      articles.add(p);
      return p;
    }

    private SyntheticCorpus assemble() {
      List<Pending> order = new ArrayList<>(articles);
      Collections.shuffle(order, new Random(config.seed() ^ ID_SHUFFLE_SALT));
      String format = "wt-%0" + Math.max(5, String.valueOf(order.size()).length()) + "d";
      for (int i = 0; i < order.size(); i++) {
        order.get(i).id = String.format(Locale.ROOT, format, i + 1);
      }
      List<ArticleDraft> drafts = new ArrayList<>();
      for (Pending p : order) {
        drafts.add(p.draft());
      }
      drafts.sort(Comparator.comparing(d -> String.valueOf(d.id())));
      List<ReuseLabel> out = new ArrayList<>();
      for (PendingLabel l : labels) {
        out.add(new ReuseLabel(l.source.id, l.derived.id, l.kind, l.reordered, l.changes));
      }
      out.sort(Comparator.comparing(ReuseLabel::source).thenComparing(ReuseLabel::derived));
      return new SyntheticCorpus(config, drafts, out);
    }
  }

  /** A generated article waiting for its id. */
  private static final class Pending {
    final ArticlePlan plan;
    final String outlet;
    final LocalDateTime published;
    String id = "";

    Pending(ArticlePlan plan, String outlet, LocalDateTime published) {
      this.plan = plan;
      this.outlet = outlet;
      this.published = published;
    }

    ArticleDraft draft() {
      String domain = outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
      String iso = published.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT));
      String url = String.format(Locale.ROOT, "https://www.%s/%d/%02d/%02d/%s-%s", domain, published.getYear(),
          published.getMonthValue(), published.getDayOfMonth(), slug(plan.title), id.substring(3));
      PublishedTime time = PublishedTime.parse(iso, "metadata").orElseThrow();
      return new ArticleDraft(id, url, plan.title, new Outlet(domain), time, plan.text(), Map.of(), null);
    }

    private static String slug(String title) {
      String[] words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip().split("\\s+");
      return String.join("-", Arrays.asList(words).subList(0, Math.min(6, words.length)));
    }
  }

  /** A running news beat: the topic, organisation and region its events share, and when it opened. */
  private record Beat(Topic topic, String organisation, String region, LocalDateTime opened) {}

  private record PendingLabel(Pending source, Pending derived, DerivedKind kind, boolean reordered,
      List<InjectedChange> changes) {}
}
