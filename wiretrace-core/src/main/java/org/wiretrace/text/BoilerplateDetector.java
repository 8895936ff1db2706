package org.wiretrace.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.wiretrace.internal.Hashing;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;

/*
 * Corpus-level chrome evidence: a line that recurs in many articles of one outlet is site chrome
 * ("Follow us on WhatsApp", "© 2023 Daily Planet. All rights reserved.", a recurring author bio),
 * even when no line rule knows it. This is the "document frequency within a site" heuristic of
 * template-detection work (Bar-Yossef & Rajagopalan, "Template detection via data mining and its
 * applications", WWW 2002; Gibson, Punera & Tomkins, "The volume and evolution of web page
 * templates", WWW 2005), applied to lines of extracted text instead of DOM blocks.
 *
 * Counting: each article's distinct normalised lines of at most maxLineChars characters are counted
 * once per article, per outlet. Exact duplicate articles (same text hash within an outlet) are counted
 * once, or a re-ingested article would make all its own lines look like boilerplate. A line is
 * boilerplate for an outlet when it occurs in at least minArticles distinct articles and in at least
 * minShare of the outlet's articles.
 *
 * Trade-offs: minArticles guards small outlets (two articles sharing a quote are not a template);
 * minShare guards large ones, where a recurring background sentence ("Russia invaded Ukraine in
 * February 2022.") is content, not chrome, and occurs in a small share of articles only; long lines
 * are never counted because templates are short and long repeated paragraphs are reuse, which is
 * what Wiretrace must find, not hide. Memory is bounded: when an outlet holds more than
 * maxDistinctLines counted lines, lines seen once are pruned (a lossy-counting step, Manku & Motwani,
 * VLDB 2002), so a frequent template line may be under-counted by at most the pruned occurrences.
 */

/**
 * Finds lines that repeat across many articles of the same outlet (corpus-level chrome evidence).
 * Feed it drafts with {@link #observe(ArticleDraft)}, then ask {@link #boilerplate(Outlet)} for the
 * set to pass to {@link ArticleFactory#create(ArticleDraft, Set)}. Not thread-safe.
 */
public final class BoilerplateDetector {

  /** Default: a line must occur in at least this many articles of the outlet. */
  public static final int DEFAULT_MIN_ARTICLES = 4;

  /** Default: and in at least this share of the outlet's articles. */
  public static final double DEFAULT_MIN_SHARE = 0.2;

  /** Default: longer lines are never boilerplate. */
  public static final int DEFAULT_MAX_LINE_CHARS = 200;

  private static final int DEFAULT_MAX_DISTINCT_LINES = 200_000;

  private final int minArticles;
  private final double minShare;
  private final int maxLineChars;
  private final int maxDistinctLines;
  private final Map<Outlet, OutletLines> outlets = new HashMap<>();

  /** Creates a detector with the default thresholds. */
  public BoilerplateDetector() {
    this(DEFAULT_MIN_ARTICLES, DEFAULT_MIN_SHARE, DEFAULT_MAX_LINE_CHARS);
  }

  /**
   * Creates a detector.
   *
   * @param minArticles least number of distinct articles a line must occur in, at least 2
   * @param minShare least share of the outlet's articles a line must occur in, in (0, 1]
   * @param maxLineChars longest line considered, at least 1
   * @throws IllegalArgumentException when a setting is out of range
   */
  public BoilerplateDetector(int minArticles, double minShare, int maxLineChars) {
    if (minArticles < 2) {
      throw new IllegalArgumentException("minArticles = " + minArticles
          + " would call a line seen in one article boilerplate; use 2 or more");
    }
    if (!(minShare > 0 && minShare <= 1)) {
      throw new IllegalArgumentException("minShare = " + minShare + " is outside (0, 1]; use e.g. 0.2");
    }
    if (maxLineChars < 1) {
      throw new IllegalArgumentException("maxLineChars = " + maxLineChars + " must be at least 1");
    }
    this.minArticles = minArticles;
    this.minShare = minShare;
    this.maxLineChars = maxLineChars;
    this.maxDistinctLines = DEFAULT_MAX_DISTINCT_LINES;
  }

  /**
   * Counts the lines of one draft under its outlet (given, or from the URL host). Drafts without an
   * outlet carry no evidence and are ignored.
   *
   * @param draft the draft
   * @return whether the draft was counted (false without an outlet or for an exact duplicate)
   */
  public boolean observe(ArticleDraft draft) {
    Outlet outlet = outletOf(draft);
    if (outlet == null) {
      return false;
    }
    OutletLines lines = outlets.computeIfAbsent(outlet, o -> new OutletLines());
    if (!lines.texts.add(Hashing.hash64(draft.text(), 0))) {
      return false;
    }
    lines.articles++;
    for (String key : distinctLines(draft.text())) {
      lines.counts.merge(key, 1, Integer::sum);
    }
    lines.pruneAbove(maxDistinctLines);
    return true;
  }

  /**
   * Returns the lines that are boilerplate for an outlet, normalised with {@link
   * ChromeStripper#normaliseLine(String)}.
   *
   * @param outlet the outlet, may be null
   * @return the boilerplate lines (empty without an outlet or evidence)
   */
  public Set<String> boilerplate(@Nullable Outlet outlet) {
    OutletLines lines = outlet == null ? null : outlets.get(outlet);
    if (lines == null) {
      return Set.of();
    }
    double needed = Math.max(minArticles, Math.ceil(minShare * lines.articles));
    Set<String> result = new TreeSet<>();
    lines.counts.forEach((line, n) -> {
      if (n >= needed) {
        result.add(line);
      }
    });
    return result;
  }

  /**
   * Returns the boilerplate set for the draft's outlet.
   *
   * @param draft the draft
   * @return the boilerplate lines for its outlet
   */
  public Set<String> boilerplateFor(ArticleDraft draft) {
    return boilerplate(outletOf(draft));
  }

  /**
   * Returns how many distinct articles were counted per outlet, sorted by outlet.
   *
   * @return articles per outlet
   */
  public Map<Outlet, Integer> articlesPerOutlet() {
    Map<Outlet, Integer> result = new TreeMap<>();
    outlets.forEach((outlet, lines) -> result.put(outlet, lines.articles));
    return result;
  }

  private Set<String> distinctLines(String text) {
    Set<String> keys = new HashSet<>();
    for (var span : ArticleFactory.lines(text)) {
      if (span.length() <= maxLineChars) {
        keys.add(ChromeStripper.normaliseLine(span.of(text)));
      }
    }
    return keys;
  }

  /**
   * Returns the outlet a draft's evidence is counted under: the given outlet, or the URL's host.
   *
   * @param draft the draft
   * @return the outlet, or null when neither is known
   */
  public static @Nullable Outlet outletOf(ArticleDraft draft) {
    return draft.outlet() != null ? draft.outlet() : Outlet.fromUrl(draft.url());
  }

  /** Line counts of one outlet. */
  private static final class OutletLines {
    final Map<String, Integer> counts = new HashMap<>();
    final Set<Long> texts = new HashSet<>();
    int articles;

    void pruneAbove(int max) {
      if (counts.size() > max) {
        counts.values().removeIf(n -> n <= 1);
      }
    }
  }
}
