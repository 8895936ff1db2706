package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wiretrace.model.Span;

/**
 * Flags a change in how a claim is attributed: the reporting verb changed stance or certainty
 * ("said" became "claimed" or "admitted"), or a hedge ("believed", "reportedly") was dropped or
 * added.
 *
 * <p>Method: reporting words are classed by stance ({@link ReportingVerbs}). In each changed hunk
 * of the word diff, a source reporting word is paired with a derived one of another stance: the
 * reporting verb was swapped. A belief or hedge word in a changed hunk with no word of the same
 * stance anywhere on the other side was dropped (certainty raised) or added (certainty lowered).
 * Neutral verbs dropped or added ("he said") are not flagged: that is ordinary trimming; nor is a
 * loaded verb made neutral ("claimed" became "said"), which removes a slant rather than adding one.
 * Swapped verbs and hedges dropped or added are judged only as a local edit in a word-for-word copy
 * ({@link EditedDetailChanges#isCopy}) or in a pair whose only edit they are: a paraphrase moves and
 * rewords verbs and hedges with the rest of the clause, so there the verb is the writer's choice.
 */
final class AttributionChanges implements ChangeDetector {

  /** Least number of kept words (the speaker's name) right before a swapped reporting verb. */
  private static final int MIN_KEPT_SPEAKER = 2;

  private static final Set<ReportingVerbs.Stance> HEDGING = EnumSet.of(ReportingVerbs.Stance.BELIEVING, ReportingVerbs.Stance.HEDGE);

  @Override
  public List<Change> detect(PassagePair pair, PairFacts facts) {
    List<Change> changes = new ArrayList<>();
    for (int index = 0; index < pair.hunks().size(); index++) {
      WordDiff.Hunk h = pair.hunks().get(index);
      if (h.equal()) {
        continue;
      }
      // words outside quotations only: a speaker's own "I think" is a quote matter, not attribution
      List<WordToken> src = QuoteChanges.outsideQuotes(pair.sourceWords().subList(h.sourceFrom(), h.sourceTo()), facts.sourceQuotes());
      List<WordToken> der = QuoteChanges.outsideQuotes(pair.derivedWords().subList(h.derivedFrom(), h.derivedTo()), facts.derivedQuotes());
      if (!keptAround(pair, index)) {
        continue;
      }
      Change swapped = swap(pair, src, der);
      if (swapped != null) {
        changes.add(swapped);
      } else {
        hedge(pair, src, der, gap(pair, h)).ifPresent(changes::add);
      }
    }
    return changes;
  }

  /**
   * Whether the hunk is an edit of attribution in kept wording: a local edit in a word-for-word
   * copy, or the pair's only edit. A paraphrase rewords the reporting verb with the rest of its
   * clause ("said there were areas of agreement" / "insisted they were working well together"), so
   * its verb is the writer's own word, not an edit of the source's framing.
   */
  private static boolean keptAround(PassagePair pair, int index) {
    return NegationChanges.isLocalEdit(pair, index)
        && (EditedDetailChanges.isCopy(pair) || pair.changedHunks().size() == 1 || verbSwappedAfterKeptSpeaker(pair, index));
  }

  /**
   * Whether the hunk swaps one word for one word right after a kept speaker of at least two words
   * ("Tomas Reyn said on" / "Tomas Reyn admitted on"): the clause around the verb is the source's, so
   * the verb is an edit of its framing even when the rest of the pair was reworded, as spinning does.
   */
  private static boolean verbSwappedAfterKeptSpeaker(PassagePair pair, int index) {
    WordDiff.Hunk h = pair.hunks().get(index);
    WordDiff.Hunk before = pair.hunks().get(index - 1);
    return h.sourceLength() == 1 && h.derivedLength() == 1 && before.sourceLength() >= MIN_KEPT_SPEAKER
        && Character.isUpperCase(pair.sourceWords().get(h.sourceFrom() - 1).text().charAt(0));
  }

  private static Change swap(PassagePair pair, List<WordToken> src, List<WordToken> der) {
    for (WordToken s : src) {
      ReportingVerbs.Stance a = ReportingVerbs.stance(s.norm());
      for (WordToken d : der) {
        ReportingVerbs.Stance b = ReportingVerbs.stance(d.norm());
        if (a != null && b != null && a != b && b != ReportingVerbs.Stance.NEUTRAL && !similar(a, b)
            && !sameStanceOnOtherSide(pair, a, b) && !sameRoot(s, d)) {
          String explanation = "reporting verb \"" + s.text() + "\" (" + a.meaning() + ") became \"" + d.text() + "\" ("
              + b.meaning() + ")";
          return change(pair, s, d, severity(a, b), explanation);
        }
      }
    }
    return null;
  }

  /**
   * Whether two reporting words share their root ("reportedly" and "reported", "alleged" and
   * "allegedly"): the same attribution written as adverb or verb, not a change of stance.
   */
  static boolean sameRoot(WordToken s, WordToken d) {
    String a = root(s.norm());
    String b = root(d.norm());
    return a.length() >= 4 && a.equals(b);
  }

  /** Whether the other side has a word of the same root ("reported" for "reportedly"). */
  private static boolean rootOn(List<WordToken> words, WordToken w) {
    return words.stream().anyMatch(o -> sameRoot(w, o));
  }

  private static String root(String norm) {
    return norm.replaceAll("(edly|ly|ed|ing|s)$", "");
  }

  /** Hedges among themselves, and doubt versus insistence, are the same stance for a reader. */
  private static boolean similar(ReportingVerbs.Stance a, ReportingVerbs.Stance b) {
    Set<ReportingVerbs.Stance> assertive = EnumSet.of(ReportingVerbs.Stance.DISTANCING, ReportingVerbs.Stance.INSISTENT);
    return (HEDGING.contains(a) && HEDGING.contains(b)) || (assertive.contains(a) && assertive.contains(b));
  }

  /** Whether either stance also occurs on the other side (the verb was moved, not replaced). */
  private static boolean sameStanceOnOtherSide(PassagePair pair, ReportingVerbs.Stance a, ReportingVerbs.Stance b) {
    return has(pair.derivedWords(), a) || has(pair.sourceWords(), b);
  }

  private static boolean has(List<WordToken> words, ReportingVerbs.Stance stance) {
    return words.stream().anyMatch(w -> ReportingVerbs.stance(w.norm()) == stance);
  }

  private static java.util.Optional<Change> hedge(PassagePair pair, List<WordToken> src, List<WordToken> der, Span[] gap) {
    for (WordToken s : src) {
      ReportingVerbs.Stance a = ReportingVerbs.stance(s.norm());
      if (a != null && HEDGING.contains(a) && HEDGING.stream().noneMatch(st -> has(pair.derivedWords(), st))
          && !rootOn(pair.derivedWords(), s)) {
        Span d = der.isEmpty() ? gap[1] : new Span(der.getFirst().start(), der.getLast().end());
        return java.util.Optional.of(change(pair, new Span(s.start(), s.end()), d, Severity.MEDIUM,
            "hedge \"" + s.text() + "\" dropped: the claim now reads as more certain than the source made it"));
      }
    }
    for (WordToken d : der) {
      ReportingVerbs.Stance b = ReportingVerbs.stance(d.norm());
      if (b != null && HEDGING.contains(b) && HEDGING.stream().noneMatch(st -> has(pair.sourceWords(), st))
          && !rootOn(pair.sourceWords(), d)) {
        Span s = src.isEmpty() ? gap[0] : new Span(src.getFirst().start(), src.getLast().end());
        return java.util.Optional.of(change(pair, s, new Span(d.start(), d.end()), Severity.MEDIUM,
            "hedge \"" + d.text() + "\" added: the claim now reads as less certain than the source made it"));
      }
    }
    return java.util.Optional.empty();
  }

  /** Empty spans {source, derived} at the hunk's place, for words that have no counterpart. */
  private static Span[] gap(PassagePair pair, WordDiff.Hunk h) {
    return new Span[] {at(pair.sourceWords(), h.sourceFrom(), pair.source()), at(pair.derivedWords(), h.derivedFrom(), pair.derived())};
  }

  private static Span at(List<WordToken> words, int index, Passage passage) {
    int offset = index < words.size() ? words.get(index).start() : passage.span().end();
    return new Span(offset, offset);
  }

  private static Severity severity(ReportingVerbs.Stance a, ReportingVerbs.Stance b) {
    if (b == ReportingVerbs.Stance.NEUTRAL) {
      return Severity.LOW;
    }
    boolean denial = a == ReportingVerbs.Stance.DENYING || b == ReportingVerbs.Stance.DENYING;
    return denial ? Severity.HIGH : Severity.MEDIUM;
  }

  private static Change change(PassagePair pair, WordToken s, WordToken d, Severity severity, String explanation) {
    return change(pair, new Span(s.start(), s.end()), new Span(d.start(), d.end()), severity, explanation);
  }

  private static Change change(PassagePair pair, Span s, Span d, Severity severity, String explanation) {
    String st = NumberChanges.original(pair.source(), s);
    String dt = NumberChanges.original(pair.derived(), d);
    return new Change(ChangeKind.ATTRIBUTION, severity, s, d, st, dt, st, dt, explanation);
  }
}
