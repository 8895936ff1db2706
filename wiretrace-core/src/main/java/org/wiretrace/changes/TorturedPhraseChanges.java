package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.wiretrace.model.Span;

/**
 * Flags tortured phrases: an established source phrase replaced word by word with odd synonyms
 * ("dear friend" became "expensive companion"), the fingerprint of automatic spinning.
 *
 * <p>Method: inside each changed hunk of the word diff, every source bigram or trigram of content
 * words is tested for being <em>established</em>: a known collocation ({@link SpinLexicon}), a
 * phrase the source quotes, a phrase the source article repeats (the article's own word
 * statistics: a phrase used twice is the story's fixed wording), or a multi-word name. The derived
 * side of the same hunk is searched for a run of the same length in which every word differs from
 * its counterpart and is a spinner substitute for it; for a known collocation, half the words
 * being substitutes suffices. A lone word swapped for the wrong sense of an ambiguous word
 * ("isolated" became "confined") is reported at low severity. Rewording that keeps the phrase
 * ("press conference" to "news conference") is never flagged, since the kept word breaks the run.
 */
final class TorturedPhraseChanges implements ChangeDetector {

  private static final Pattern QUOTE_MARK = Pattern.compile("[\"'“”‘’«»]");

  @Override
  public List<Change> detect(PassagePair pair, PairFacts facts) {
    List<Change> changes = new ArrayList<>();
    for (WordDiff.Hunk h : pair.changedHunks()) {
      List<WordToken> src = pair.sourceWords().subList(h.sourceFrom(), h.sourceTo());
      List<WordToken> der = pair.derivedWords().subList(h.derivedFrom(), h.derivedTo());
      List<Change> phrases = phrases(pair, window(pair.sourceWords(), h.sourceFrom(), h.sourceTo()),
          window(pair.derivedWords(), h.derivedFrom(), h.derivedTo()));
      phrases.removeIf(p -> changes.stream().anyMatch(c -> c.sourceSpan().overlaps(p.sourceSpan())));
      changes.addAll(phrases);
      if (phrases.isEmpty() && src.size() == 1 && der.size() == 1 && SpinLexicon.wrongSense(src.getFirst().norm(), der.getFirst().norm())) {
        changes.add(change(pair, src, der, Severity.LOW, "\"" + src.getFirst().text() + "\" became \"" + der.getFirst().text()
            + "\": a synonym for the wrong sense of the word, typical of automatic spinning"));
      }
    }
    changes.addAll(againstArticle(pair, changes));
    return changes;
  }

  /**
   * Tortured collocations whose original stands elsewhere in the source article: the aligner may
   * pair the spun sentence with another source sentence (a lead rewritten from the headline), so a
   * derived run that swaps every word of a known collocation is also checked against the source
   * article's whole text, and flagged against the collocation's first use there.
   */
  static List<Change> againstArticle(PassagePair pair) {
    return againstArticle(pair, List.of());
  }

  private static List<Change> againstArticle(PassagePair pair, List<Change> found) {
    List<Change> more = new ArrayList<>();
    for (WordDiff.Hunk h : pair.changedHunks()) {
      List<WordToken> der = pair.derivedWords().subList(h.derivedFrom(), h.derivedTo());
      for (int n = 3; n >= 2; n--) {
        for (int j = 0; j + n <= der.size(); j++) {
          List<WordToken> run = der.subList(j, j + n);
          Span runSpan = span(run);
          if (found.stream().noneMatch(c -> c.derivedSpan().overlaps(runSpan)) && more.stream().noneMatch(c -> c.derivedSpan().overlaps(runSpan))) {
            collocationSwappedBy(pair, run).ifPresent(more::add);
          }
        }
      }
    }
    return more;
  }

  /** The known collocations tokenized once, in alphabetical order so that the first match is stable. */
  private static final List<List<WordToken>> COLLOCATION_WORDS = SpinLexicon.COLLOCATIONS.stream().sorted()
      .map(c -> PassageTokenizer.tokenize(c, 0)).toList();

  private static java.util.Optional<Change> collocationSwappedBy(PassagePair pair, List<WordToken> run) {
    for (List<WordToken> words : COLLOCATION_WORDS) {
      // Every word must be swapped here, so a first word that is no substitute rules the collocation out cheaply.
      if (words.size() != run.size() || !swapped(words.getFirst().norm(), run.getFirst().norm()) || !isSwap(words, run, false)) {
        continue;
      }
      List<WordToken> original = firstUse(pair.source(), words);
      if (!original.isEmpty()) {
        String why = "a common collocation, used elsewhere in the source article";
        return java.util.Optional.of(change(pair, original, run, Severity.MEDIUM, explanation(original, run, why)));
      }
    }
    return java.util.Optional.empty();
  }

  /** The tokens of the phrase's first use in the source article, or empty when it does not occur. */
  private static List<WordToken> firstUse(Passage source, List<WordToken> phrase) {
    java.util.regex.Matcher m = phrasePattern(phrase).matcher(source.articleText());
    return m.find() ? PassageTokenizer.tokenize(m.group(), m.start()).stream().filter(WordToken::isLexical).toList() : List.of();
  }

  /** The hunk's words with up to two shared words either side, so kept words of a phrase are seen. */
  private static List<WordToken> window(List<WordToken> words, int from, int to) {
    return words.subList(Math.max(0, from - 2), Math.min(words.size(), to + 2));
  }

  private static List<Change> phrases(PassagePair pair, List<WordToken> src, List<WordToken> der) {
    List<Change> found = new ArrayList<>();
    for (int n = 3; n >= 2; n--) {
      for (int i = 0; i + n <= src.size(); i++) {
        List<WordToken> phrase = src.subList(i, i + n);
        String why = established(pair, phrase);
        if (why.isEmpty() || found.stream().anyMatch(c -> c.sourceSpan().overlaps(span(phrase)))) {
          continue;
        }
        List<WordToken> swapped = swappedRun(phrase, der, SpinLexicon.isCollocation(text(phrase)));
        if (!swapped.isEmpty()) {
          found.add(change(pair, phrase, swapped, Severity.MEDIUM, explanation(phrase, swapped, why)));
        }
      }
    }
    return found;
  }

  /** Why a source phrase counts as established, or empty when it does not. */
  static String established(PassagePair pair, List<WordToken> phrase) {
    if (phrase.stream().anyMatch(w -> FunctionWords.isFunction(w.norm()) || !w.isWord())) {
      return "";
    }
    String text = text(phrase);
    if (SpinLexicon.isCollocation(text)) {
      return "a common collocation";
    }
    if (quoted(pair.source().articleText(), span(phrase))) {
      return "quoted in the source";
    }
    if (occurrences(pair.source().articleText(), phrase) >= 2) {
      return "repeated in the source article";
    }
    boolean name = phrase.stream().allMatch(WordToken::isCapitalized) && phrase.getFirst().start() > pair.source().span().start();
    return name ? "a name" : "";
  }

  private static boolean quoted(String article, Span span) {
    boolean before = span.start() > 0 && QUOTE_MARK.matcher(article.substring(span.start() - 1, span.start())).matches();
    boolean after = span.end() < article.length() && QUOTE_MARK.matcher(article.substring(span.end(), span.end() + 1)).matches();
    return before && after;
  }

  private static int occurrences(String article, List<WordToken> phrase) {
    return (int) phrasePattern(phrase).matcher(article).results().count();
  }

  /** The phrase's words in order, any non-word characters between them, case-insensitive. */
  private static Pattern phrasePattern(List<WordToken> phrase) {
    String pattern = "\\b" + String.join("\\W+", phrase.stream().map(w -> Pattern.quote(w.text())).toList()) + "\\b";
    return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The derived run where each word replaces its counterpart with a spinner substitute, or empty. */
  private static List<WordToken> swappedRun(List<WordToken> phrase, List<WordToken> der, boolean collocation) {
    for (int j = 0; j + phrase.size() <= der.size(); j++) {
      List<WordToken> run = der.subList(j, j + phrase.size());
      if (isSwap(phrase, run, collocation)) {
        return run;
      }
    }
    return List.of();
  }

  /**
   * Whether a run replaces the phrase word by word: every word a spinner substitute; for a known
   * collocation, words may also be kept ("deep learning" to "profound learning") as long as at
   * least half are substitutes and none is replaced by a non-substitute.
   */
  private static boolean isSwap(List<WordToken> phrase, List<WordToken> run, boolean collocation) {
    int substitutes = 0;
    for (int k = 0; k < phrase.size(); k++) {
      String a = phrase.get(k).norm();
      String b = run.get(k).norm();
      boolean kept = FunctionWords.stem(a).equals(FunctionWords.stem(b));
      boolean swap = swapped(a, b);
      if (FunctionWords.isFunction(b) || !run.get(k).isWord() || (kept && !collocation) || (!kept && !swap)) {
        return false;
      }
      substitutes += swap ? 1 : 0;
    }
    return substitutes > 0 && 2 * substitutes >= phrase.size();
  }

  private static boolean swapped(String a, String b) {
    return SpinLexicon.substitutes(a, b) || SpinLexicon.wrongSense(a, b);
  }

  private static String explanation(List<WordToken> phrase, List<WordToken> run, String why) {
    List<String> swaps = new ArrayList<>();
    for (int k = 0; k < phrase.size(); k++) {
      swaps.add(phrase.get(k).text() + " -> " + run.get(k).text());
    }
    return "established phrase \"" + String.join(" ", phrase.stream().map(WordToken::text).toList()) + "\" (" + why
        + ") replaced word by word with \"" + String.join(" ", run.stream().map(WordToken::text).toList())
        + "\" (" + String.join(", ", swaps) + "): a tortured phrase, typical of automatic spinning";
  }

  private static String text(List<WordToken> words) {
    return String.join(" ", words.stream().map(w -> w.norm().toLowerCase(Locale.ROOT)).toList());
  }

  private static Span span(List<WordToken> words) {
    return new Span(words.getFirst().start(), words.getLast().end());
  }

  private static Change change(PassagePair pair, List<WordToken> src, List<WordToken> der, Severity severity, String explanation) {
    Span s = span(src);
    Span d = span(der);
    String st = NumberChanges.original(pair.source(), s);
    String dt = NumberChanges.original(pair.derived(), d);
    return new Change(ChangeKind.TORTURED, severity, s, d, st, dt, text(src), text(der), explanation);
  }
}
