package org.wiretrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wiretrace.internal.Hashing;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.model.StrippedChrome;

/**
 * Turns an {@link ArticleDraft} into an {@link Article}: splits paragraphs (one per non-empty line),
 * strips site chrome, splits sentences and marks headings. The one text path used by every reader,
 * the CLI, the web app and the Spark job, so all of them see the same sentences. Thread-safe.
 */
public final class ArticleFactory {

  /** Sentence punctuation, possibly inside closing quotes or brackets: what a heading lacks. */
  private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.!?:;…][\"'”’)\\]]*\\s*$");
  private static final int HEADING_MAX_CHARS = 120;

  /** How many closing content lines are checked for an author bio. */
  private static final int BIO_LINES = 2;

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final ChromeStripper stripper = new ChromeStripper();

  /**
   * Analyses a draft with no corpus-level boilerplate evidence.
   *
   * @param draft what the reader found
   * @return the analysed article
   */
  public Article create(ArticleDraft draft) {
    return create(draft, Set.of());
  }

  /**
   * Analyses a draft, also stripping lines known to repeat across the outlet's articles.
   *
   * @param draft what the reader found
   * @param boilerplate lines normalised with {@link ChromeStripper#normaliseLine(String)}
   * @return the analysed article
   */
  public Article create(ArticleDraft draft, Set<String> boilerplate) {
    String text = draft.text();
    List<Span> lines = lines(text);
    List<Optional<ChromeStripper.Verdict>> verdicts = classify(text, lines, boilerplate);
    if (!boilerplate.isEmpty() && mostlyBoilerplate(verdicts)) {
      // more than half the article "repeats across the outlet": it is a near-duplicate article,
      // not a template, so corpus evidence must not gut it
      verdicts = classify(text, lines, Set.of());
    }
    return assemble(draft, lines, verdicts);
  }

  /** Splits lines into paragraphs and stripped chrome, then sentences, and builds the article. */
  private Article assemble(ArticleDraft draft, List<Span> lines, List<Optional<ChromeStripper.Verdict>> verdicts) {
    String text = draft.text();
    List<Span> paragraphs = new ArrayList<>();
    List<StrippedChrome> stripped = new ArrayList<>();
    PublishedTime published = draft.published();
    for (int i = 0; i < lines.size(); i++) {
      Optional<ChromeStripper.Verdict> verdict = verdicts.get(i);
      if (verdict.isEmpty()) {
        paragraphs.add(lines.get(i));
      } else {
        stripped.add(verdict.get().chrome());
        published = published != null ? published : verdict.get().published().orElse(null);
      }
    }
    List<Sentence> sentences = sentences(text, paragraphs);
    return new Article(id(draft), draft.url(), blankToNull(draft.title()), outlet(draft), published,
        text, paragraphs, sentences, stripped, draft.extra(), draft.origin());
  }

  /**
   * Classifies every line, then looks again at the last two content lines for author bios: their
   * distance from the end skips trailing chrome, so a bio above "Give Your Comments" is still last.
   */
  private List<Optional<ChromeStripper.Verdict>> classify(String text, List<Span> lines, Set<String> boilerplate) {
    List<Optional<ChromeStripper.Verdict>> verdicts = new ArrayList<>(lines.size());
    for (Span line : lines) {
      verdicts.add(stripper.classify(line.of(text), line, Integer.MAX_VALUE, boilerplate));
    }
    int fromEnd = 0;
    for (int i = lines.size() - 1; i >= 0 && fromEnd < BIO_LINES; i--) {
      if (verdicts.get(i).isEmpty()) {
        fromEnd++;
        verdicts.set(i, stripper.classify(lines.get(i).of(text), lines.get(i), fromEnd, boilerplate));
      }
    }
    return verdicts;
  }

  private static boolean mostlyBoilerplate(List<Optional<ChromeStripper.Verdict>> verdicts) {
    long corpus = verdicts.stream()
        .filter(v -> v.isPresent() && v.get().chrome().kind() == ChromeKind.OUTLET_BOILERPLATE)
        .count();
    return corpus * 2 > verdicts.size();
  }

  private List<Sentence> sentences(String text, List<Span> paragraphs) {
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      String paragraphText = paragraph.of(text);
      boolean heading = isHeading(paragraphText);
      for (Span span : splitter.split(paragraphText, paragraph.start())) {
        sentences.add(new Sentence(sentences.size(), p, span, span.of(text), heading));
      }
    }
    return sentences;
  }

  private static boolean isHeading(String paragraph) {
    String stripped = paragraph.strip();
    return stripped.length() <= HEADING_MAX_CHARS && !CLOSING_PUNCTUATION.matcher(stripped).find();
  }

  /** Non-empty lines, trimmed, as spans into the text. */
  static List<Span> lines(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        lines.add(new Span(s, e));
      }
      start = end + 1;
    }
    return lines;
  }

  private static ArticleId id(ArticleDraft draft) {
    if (draft.id() != null && !draft.id().isBlank()) {
      return new ArticleId(draft.id().strip());
    }
    return new ArticleId("sha256-" + Hashing.sha256Hex(draft.text()).substring(0, 16));
  }

  private static @Nullable Outlet outlet(ArticleDraft draft) {
    return draft.outlet() != null ? draft.outlet() : Outlet.fromUrl(draft.url());
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
