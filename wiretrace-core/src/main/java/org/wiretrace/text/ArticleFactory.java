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
 * Turns an {@link ArticleDraft} into an {@link Article}: strips site and wire chrome line by line,
 * rebuilds paragraphs (one per non-empty line, or wrapped lines joined when the copy is hard-wrapped,
 * see {@link ParagraphReconstructor}), splits sentences on each paragraph's {@link ReadingView} and
 * marks headings. Every span points into the original text; a sentence's text is its reading view
 * (line breaks as spaces, TeX quotes folded), of the same length. The one text path used by every reader,
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
    List<Line> lines = Line.of(text);
    List<Optional<ChromeStripper.Verdict>> verdicts = classify(text, lines, boilerplate);
    if (!boilerplate.isEmpty() && mostlyBoilerplate(verdicts)) {
      // more than half the article "repeats across the outlet": it is a near-duplicate article,
      // not a template, so corpus evidence must not gut it
      verdicts = classify(text, lines, Set.of());
    }
    return assemble(draft, lines, verdicts);
  }

  /** Splits lines into content and stripped chrome, rebuilds paragraphs, then sentences, and builds the article. */
  private Article assemble(ArticleDraft draft, List<Line> lines, List<Optional<ChromeStripper.Verdict>> verdicts) {
    String text = draft.text();
    List<Line> content = new ArrayList<>();
    List<StrippedChrome> stripped = new ArrayList<>();
    PublishedTime published = draft.published();
    Outlet outlet = outlet(draft);
    boolean chromeBefore = false;
    for (int i = 0; i < lines.size(); i++) {
      Optional<ChromeStripper.Verdict> verdict = verdicts.get(i);
      if (verdict.isEmpty()) {
        content.add(chromeBefore ? lines.get(i).afterBreak() : lines.get(i));
        chromeBefore = false;
      } else {
        stripped.add(verdict.get().chrome());
        published = published != null ? published : verdict.get().published().orElse(null);
        outlet = outlet != null ? outlet : verdict.get().outlet().orElse(null);
        chromeBefore = true;
      }
    }
    List<Span> paragraphs = ParagraphReconstructor.paragraphs(text, content);
    List<Sentence> sentences = sentences(text, paragraphs);
    return new Article(id(draft), draft.url(), blankToNull(draft.title()), outlet, published,
        text, paragraphs, sentences, stripped, draft.extra(), draft.origin());
  }

  /**
   * Classifies every line, then looks again at the last two content lines for author bios and
   * sign-offs: their distance from the end skips trailing chrome, so a bio above "Give Your
   * Comments" is still last.
   */
  private List<Optional<ChromeStripper.Verdict>> classify(String text, List<Line> lines, Set<String> boilerplate) {
    List<Optional<ChromeStripper.Verdict>> verdicts = new ArrayList<>(lines.size());
    for (Line line : lines) {
      verdicts.add(stripper.classify(line.span().of(text), line.span(), Integer.MAX_VALUE, boilerplate));
    }
    keepCarriedLines(text, lines, verdicts);
    int fromEnd = 0;
    for (int i = lines.size() - 1; i >= 0 && fromEnd < BIO_LINES; i--) {
      Span span = lines.get(i).span();
      if (verdicts.get(i).isEmpty()) {
        fromEnd++;
        verdicts.set(i, stripper.classify(span.of(text), span, fromEnd, boilerplate));
      } else {
        // a sign-off repeats in every story of an agency, and "MORE" reads as navigation: say what it is
        Optional<ChromeStripper.Verdict> signOff = WireChrome.signOff(span.of(text), span, fromEnd + 1);
        verdicts.set(i, signOff.isPresent() ? signOff : verdicts.get(i));
      }
    }
    keepCarriedLines(text, lines, verdicts);
    return verdicts;
  }

  /**
   * A line that carries on the sentence of the content line before it (that one stops without
   * punctuation, this one goes on in lower case) is a wrapped part of that sentence, never chrome:
   * "by Congress, are confident ..." is not a byline.
   */
  private static void keepCarriedLines(String text, List<Line> lines, List<Optional<ChromeStripper.Verdict>> verdicts) {
    for (int i = 1; i < lines.size(); i++) {
      if (verdicts.get(i).isPresent() && verdicts.get(i - 1).isEmpty() && !lines.get(i).blankBefore()
          && ParagraphReconstructor.carriesOn(text, lines.get(i - 1), lines.get(i))) {
        verdicts.set(i, Optional.empty());
      }
    }
  }

  private static boolean mostlyBoilerplate(List<Optional<ChromeStripper.Verdict>> verdicts) {
    long corpus = verdicts.stream()
        .filter(v -> v.isPresent() && v.get().chrome().kind() == ChromeKind.OUTLET_BOILERPLATE)
        .count();
    return corpus * 2 > verdicts.size();
  }

  /** Splits each paragraph's reading view; a sentence's text is its view, of its span's length. */
  private List<Sentence> sentences(String text, List<Span> paragraphs) {
    ReadingView view = new ReadingView(text);
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      String read = view.paragraph(paragraph);
      boolean heading = isHeading(read);
      for (Span span : splitter.split(read, paragraph.start())) {
        String sentence = read.substring(span.start() - paragraph.start(), span.end() - paragraph.start());
        sentences.add(new Sentence(sentences.size(), p, span, sentence, heading));
      }
    }
    return sentences;
  }

  private static boolean isHeading(String paragraph) {
    String stripped = paragraph.strip();
    return stripped.length() <= HEADING_MAX_CHARS && !CLOSING_PUNCTUATION.matcher(stripped).find();
  }

  /** Non-empty lines, trimmed and without end-of-paragraph marks, as spans into the text. */
  static List<Span> lines(String text) {
    return Line.of(text).stream().map(Line::span).toList();
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
