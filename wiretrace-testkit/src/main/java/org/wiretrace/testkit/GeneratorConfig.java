package org.wiretrace.testkit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the synthetic corpus generator. Same settings, same corpus, byte for byte.
 *
 * @param articles number of base articles (each about its own story)
 * @param seed the random seed; written nowhere else, so keep it with the corpus
 * @param wordsPerArticle target length of a base article in words (a few words more are usual)
 * @param mix for each derived kind, the probability that a base article gets one copy of that kind
 * @param changeRate probability that a syndicated, paraphrased or spun copy gets an injected fact
 *     change (a second one follows with a third of this probability; partial copies use half)
 * @param sameTopicShare probability that a base article's event joins a running news beat: another
 *     event of the same topic, published within {@value #BEAT_DAYS} days of it, about the same
 *     organisation in the same region (the same court, the same league), with its own people, town,
 *     figures and quotes; the other events open a beat of their own
 */
public record GeneratorConfig(int articles, long seed, int wordsPerArticle, Map<DerivedKind, Double> mix,
    double changeRate, double sameTopicShare) {

  /** Smallest accepted article length; shorter texts have too few sentences to derive from. */
  public static final int MIN_WORDS = 80;

  /** Days within which the events of one news beat are published. */
  public static final int BEAT_DAYS = 4;

  /** Validates the settings and copies the mix. */
  public GeneratorConfig {
    if (articles < 1) {
      throw new IllegalArgumentException("articles = " + articles + " must be at least 1; ask for one or more");
    }
    if (wordsPerArticle < MIN_WORDS) {
      throw new IllegalArgumentException("wordsPerArticle = " + wordsPerArticle + " is below " + MIN_WORDS
          + "; use " + MIN_WORDS + " or more (600 is typical of news)");
    }
    requireProbability("changeRate", changeRate);
    requireProbability("sameTopicShare", sameTopicShare);
    EnumMap<DerivedKind, Double> copy = new EnumMap<>(DerivedKind.class);
    for (DerivedKind kind : DerivedKind.values()) {
      double p = Objects.requireNonNullElse(mix.get(kind), 0.0);
      requireProbability("mix." + kind, p);
      copy.put(kind, p);
    }
    mix = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the default settings: 600-word articles, every derived kind present, half the copies
   * with a changed fact, half the events on a running beat with other events of their topic.
   *
   * @param articles number of base articles
   * @param seed the random seed
   * @return the settings
   */
  public static GeneratorConfig of(int articles, long seed) {
    return new GeneratorConfig(articles, seed, 600, defaultMix(), 0.5, 0.5);
  }

  /**
   * Returns the default mix: the probability per base article of getting each kind of copy.
   *
   * @return duplicate 0.10, syndicated 0.30, paraphrased 0.20, spun 0.20, partial 0.15, same story 0.20
   */
  public static Map<DerivedKind, Double> defaultMix() {
    EnumMap<DerivedKind, Double> mix = new EnumMap<>(DerivedKind.class);
    mix.put(DerivedKind.DUPLICATE, 0.10);
    mix.put(DerivedKind.SYNDICATED, 0.30);
    mix.put(DerivedKind.PARAPHRASED, 0.20);
    mix.put(DerivedKind.SPUN, 0.20);
    mix.put(DerivedKind.PARTIAL, 0.15);
    mix.put(DerivedKind.SAME_STORY, 0.20);
    return mix;
  }

  /**
   * Returns these settings with another article length.
   *
   * @param words target words per base article
   * @return the new settings
   */
  public GeneratorConfig withWordsPerArticle(int words) {
    return new GeneratorConfig(articles, seed, words, mix, changeRate, sameTopicShare);
  }

  /**
   * Returns these settings with another mix of derived kinds.
   *
   * @param newMix probability per base article of each kind of copy; missing kinds get 0
   * @return the new settings
   */
  public GeneratorConfig withMix(Map<DerivedKind, Double> newMix) {
    return new GeneratorConfig(articles, seed, wordsPerArticle, newMix, changeRate, sameTopicShare);
  }

  /**
   * Returns these settings with the default mix scaled so that derived articles (copies of every kind
   * and same-story reports, in the default mix's proportions) make up about {@code share} of the
   * corpus, the rest being base articles about stories of their own: e.g. 0.1 for a corpus of mostly
   * unrelated articles with a tenth of near-duplicates and rewrites.
   *
   * @param share expected share of derived articles in the corpus, in [0, 1)
   * @return the new settings
   * @throws IllegalArgumentException when the share is outside [0, 1) or would need a kind's
   *     probability above 1
   */
  public GeneratorConfig withDerivedShare(double share) {
    if (!(share >= 0.0 && share < 1.0)) {
      throw new IllegalArgumentException("derived share = " + share + " is not in [0, 1); use e.g. 0.1");
    }
    Map<DerivedKind, Double> base = defaultMix();
    double perBase = base.values().stream().mapToDouble(Double::doubleValue).sum();
    double scale = share / (1 - share) / perBase;
    EnumMap<DerivedKind, Double> scaled = new EnumMap<>(DerivedKind.class);
    base.forEach((kind, p) -> scaled.put(kind, p * scale));
    if (Collections.max(scaled.values()) > 1.0) {
      double most = perBase / Collections.max(base.values()) / (1 + perBase / Collections.max(base.values()));
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "derived share = %s needs more than one copy of a kind per base article; use at most %.2f", share, most));
    }
    return withMix(scaled);
  }

  /**
   * Returns these settings with another fact-change rate.
   *
   * @param rate probability that an eligible copy gets an injected change
   * @return the new settings
   */
  public GeneratorConfig withChangeRate(double rate) {
    return new GeneratorConfig(articles, seed, wordsPerArticle, mix, rate, sameTopicShare);
  }

  /**
   * Returns these settings with another share of events on a running same-topic beat.
   *
   * @param share probability that an event joins an earlier event's beat (0: every event on its own)
   * @return the new settings
   */
  public GeneratorConfig withSameTopicShare(double share) {
    return new GeneratorConfig(articles, seed, wordsPerArticle, mix, changeRate, share);
  }

  private static void requireProbability(String name, double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException(name + " = " + p + " is not a probability; use a value in [0, 1]");
    }
  }
}
