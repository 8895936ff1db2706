package org.wiretrace.changes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Span;

/**
 * An aligned source/derived passage pair, tokenized once and shared by every detector.
 *
 * @param source the source passage
 * @param derived the derived passage
 * @param sourceTokens all source tokens
 * @param derivedTokens all derived tokens
 * @param sourceWords the source's words and numbers (the diff's alphabet)
 * @param derivedWords the derived's words and numbers
 * @param hunks the word diff of {@code sourceWords} against {@code derivedWords}
 */
record PassagePair(
    Passage source,
    Passage derived,
    List<WordToken> sourceTokens,
    List<WordToken> derivedTokens,
    List<WordToken> sourceWords,
    List<WordToken> derivedWords,
    List<WordDiff.Hunk> hunks) {

  /**
   * Tokenizes and diffs the two passages.
   *
   * @param source the source passage
   * @param derived the derived passage
   * @return the prepared pair
   */
  static PassagePair of(Passage source, Passage derived) {
    List<WordToken> st = PassageTokenizer.tokenize(source.text(), source.span().start());
    List<WordToken> dt = PassageTokenizer.tokenize(derived.text(), derived.span().start());
    List<WordToken> sw = st.stream().filter(WordToken::isLexical).toList();
    List<WordToken> dw = dt.stream().filter(WordToken::isLexical).toList();
    return new PassagePair(source, derived, st, dt, sw, dw, WordDiff.diff(sw, dw, WordToken::norm));
  }

  /** Returns the publication day used to resolve the source's relative dates. */
  Optional<LocalDate> sourceDay() {
    return day(source.published()).or(() -> day(derived.published()));
  }

  /** Returns the publication day used to resolve the derived's relative dates. */
  Optional<LocalDate> derivedDay() {
    return day(derived.published()).or(() -> day(source.published()));
  }

  private static Optional<LocalDate> day(@Nullable PublishedTime time) {
    return time == null ? Optional.empty() : Optional.of(LocalDate.ofInstant(time.instant(), ZoneOffset.UTC));
  }

  /** Returns the changed hunks only. */
  List<WordDiff.Hunk> changedHunks() {
    return hunks.stream().filter(h -> !h.equal()).toList();
  }

  /** Returns the index of the changed hunk containing source word {@code i}, or -1. */
  int hunkOfSource(int i) {
    for (int h = 0; h < hunks.size(); h++) {
      WordDiff.Hunk hunk = hunks.get(h);
      if (i >= hunk.sourceFrom() && i < hunk.sourceTo()) {
        return h;
      }
    }
    return -1;
  }

  /**
   * Returns the index of the changed hunk holding a source word inside {@code span} ("2014" of
   * "October 2014"), or -1 when every word of the span is kept.
   */
  int changedHunkOfSource(Span span) {
    return changedHunkOf(sourceWords, span, true);
  }

  /** Returns the index of the changed hunk holding a derived word inside {@code span}, or -1. */
  int changedHunkOfDerived(Span span) {
    return changedHunkOf(derivedWords, span, false);
  }

  private int changedHunkOf(List<WordToken> words, Span span, boolean source) {
    for (int i = 0; i < words.size(); i++) {
      WordToken w = words.get(i);
      int h = source ? hunkOfSource(i) : hunkOfDerived(i);
      if (span.contains(new Span(w.start(), w.end())) && h >= 0 && !hunks.get(h).equal()) {
        return h;
      }
    }
    return -1;
  }

  /** Returns the index of the hunk containing derived word {@code j}, or -1. */
  int hunkOfDerived(int j) {
    for (int h = 0; h < hunks.size(); h++) {
      WordDiff.Hunk hunk = hunks.get(h);
      if (j >= hunk.derivedFrom() && j < hunk.derivedTo()) {
        return h;
      }
    }
    return -1;
  }
}
