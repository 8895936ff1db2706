package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wiretrace.model.Span;

/**
 * Flags polarity changes: a negation added or removed, or a word swapped for its antonym.
 *
 * <p>Method. Negation: explicit and implicit negators ({@link PolarityLexicon}) are counted on each
 * side; when the counts differ in parity (an even difference is a double negation resolved), the
 * negators that sit in changed hunks of the word diff on the side with more of them are reported.
 * Antonyms: a changed hunk in which a source word is replaced by its antonym, while neither word
 * occurs on the other side, is reported. Words inside quotations are left to the quote check;
 * "not only" and "nothing but" are no negation, and a negated antonym ("not difficult" for "easy")
 * is litotes, not a flip. Negative verbs ("failed", "refused") count only in a word-for-word
 * copy. Each flag shows the edited words of both sides with a shared neighbour ("had not ignored"
 * against "had ignored"), never an empty side.
 */
final class NegationChanges implements ChangeDetector {

  /**
   * Negators by syntax: a negative particle, pronoun or determiner. Negative verbs and prepositions
   * ("failed", "refused", "lack", "without") also negate, but a paraphrase brings them in with new
   * wording, so they are judged only in a word-for-word copy.
   */
  private static final Set<String> SYNTACTIC = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
      "cannot", "nowhere", "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "cant", "couldnt", "wouldnt",
      "shouldnt", "wont", "hasnt", "havent", "hadnt");

  /** Largest edit (words a side) still read as a local rewording of one clause. */
  private static final int MAX_EDIT = 4;

  @Override
  public List<Change> detect(PassagePair pair, PairFacts facts) {
    List<Change> changes = new ArrayList<>(antonyms(pair, facts));
    for (Change c : negation(pair)) {
      if (changes.stream().noneMatch(a -> a.sourceSpan().overlaps(c.sourceSpan()) || a.derivedSpan().overlaps(c.derivedSpan()))) {
        changes.add(c);
      }
    }
    return changes;
  }

  private static List<Change> negation(PassagePair pair) {
    List<Integer> sourceCues = cues(pair.sourceWords());
    List<Integer> derivedCues = cues(pair.derivedWords());
    if ((sourceCues.size() + derivedCues.size()) % 2 == 0) {
      return List.of();
    }
    boolean removed = sourceCues.size() > derivedCues.size();
    List<Integer> extra = removed ? inChangedHunks(pair, sourceCues, true) : inChangedHunks(pair, derivedCues, false);
    if (extra.isEmpty() || balancedByAffix(pair, extra.getFirst(), removed) || litotes(pair, extra.getFirst(), removed)) {
      return List.of();
    }
    WordToken cue = removed ? pair.sourceWords().get(extra.getFirst()) : pair.derivedWords().get(extra.getFirst());
    boolean syntactic = SYNTACTIC.contains(cue.norm()) || cue.norm().endsWith("n't");
    if (!syntactic && (!EditedDetailChanges.isCopy(pair) || rootElsewhere(pair, cue, removed))) {
      return List.of();
    }
    int h = removed ? pair.hunkOfSource(extra.getFirst()) : pair.hunkOfDerived(extra.getFirst());
    Span[] spans = ReadableSpans.of(pair, pair.hunks().get(h));
    String explanation = removed
        ? "negation removed: \"" + cue.text() + "\" in the source has no counterpart, so the claim's polarity flipped"
        : "negation added: \"" + cue.text() + "\" is not in the source, so the claim's polarity flipped";
    return List.of(change(pair, spans[0], spans[1], explanation));
  }

  private static List<Integer> cues(List<WordToken> words) {
    List<Integer> cues = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String next = i + 1 < words.size() ? words.get(i + 1).norm() : "";
      boolean notOnly = words.get(i).norm().equals("not") && next.equals("only");
      boolean nothingBut = words.get(i).norm().equals("nothing") && next.equals("but");
      if (PolarityLexicon.isNegator(words, i) && !notOnly && !nothingBut && !negatesDoubt(words, i) && !temporal(words, i)
          && !countedNoun(words, i)) {
        cues.add(i);
      }
    }
    return cues;
  }

  /**
   * Whether the negator only times the claim: "isn't until March 9", "not until next year" say when
   * it happens (on March 9), not that it does not.
   */
  static boolean temporal(List<WordToken> words, int i) {
    String norm = words.get(i).norm();
    boolean not = norm.equals("not") || norm.endsWith("n't") || norm.endsWith("nt");
    return not && i + 1 < words.size() && words.get(i + 1).norm().equals("until");
  }

  /**
   * Whether "no" is a noun after a count ("three no votes", "two yes and four no votes"): the votes
   * against, not a negation.
   */
  static boolean countedNoun(List<WordToken> words, int i) {
    return words.get(i).norm().equals("no") && i > 0
        && (words.get(i - 1).isNumber() || WordNumbers.read(words, i - 1) != null);
  }

  /** Words of doubt or exclusion whose denial affirms ("not ruled out", "nothing to discourage", "no doubt"). */
  private static final Set<String> DOUBTS = Set.of("rule", "rules", "ruled", "ruling", "discourage", "discouraged",
      "discouraging", "doubt", "doubts", "doubted", "hesitate", "hesitated", "hesitation");

  /**
   * Whether the negator denies a word of doubt or exclusion within the next three words: "have not
   * ruled out the possibility" holds it open, as "continue to hold out the possibility" does; the
   * double negation affirms and flips nothing.
   */
  static boolean negatesDoubt(List<WordToken> words, int i) {
    for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
      if (DOUBTS.contains(words.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Shortest stem of a negative verb that is matched on the other side ("fail" in "failure"). */
  private static final int MIN_ROOT = 4;

  /**
   * Whether the other side uses the negative verb's root in another form ("their failure to get"
   * for "they failed to get"): the same negation, reworded.
   */
  private static boolean rootElsewhere(PassagePair pair, WordToken cue, boolean source) {
    String root = FunctionWords.stem(cue.norm());
    List<WordToken> other = source ? pair.derivedWords() : pair.sourceWords();
    return root.length() >= MIN_ROOT && other.stream().anyMatch(w -> w.norm().startsWith(root));
  }

  private static List<Integer> inChangedHunks(PassagePair pair, List<Integer> cues, boolean source) {
    return cues.stream().filter(i -> {
      int h = source ? pair.hunkOfSource(i) : pair.hunkOfDerived(i);
      return h >= 0 && isLocalEdit(pair, h);
    }).toList();
  }

  /**
   * Whether hunk {@code h} is a small edit inside shared context: changed, at most {@value #MAX_EDIT}
   * words a side, with shared words before and after it. A negator in a clause only one side has
   * ("but gave no details") is added material, not a flipped claim.
   */
  static boolean isLocalEdit(PassagePair pair, int h) {
    WordDiff.Hunk hunk = pair.hunks().get(h);
    boolean small = hunk.sourceLength() <= MAX_EDIT && hunk.derivedLength() <= MAX_EDIT;
    boolean framed = h > 0 && h + 1 < pair.hunks().size() && pair.hunks().get(h - 1).equal() && pair.hunks().get(h + 1).equal();
    return !hunk.equal() && small && framed;
  }

  /**
   * Whether the negator denies the antonym of a word the other side of its hunk uses: litotes ("not
   * difficult" for "easy", "not guilty" for "innocent") says the same thing.
   */
  private static boolean litotes(PassagePair pair, int index, boolean source) {
    List<WordToken> side = source ? pair.sourceWords() : pair.derivedWords();
    WordDiff.Hunk h = pair.hunks().get(source ? pair.hunkOfSource(index) : pair.hunkOfDerived(index));
    List<WordToken> other = source ? pair.derivedWords().subList(h.derivedFrom(), h.derivedTo())
        : pair.sourceWords().subList(h.sourceFrom(), h.sourceTo());
    for (WordToken negated : side.subList(index + 1, Math.min(side.size(), index + 3))) {
      if (other.stream().anyMatch(w -> PolarityLexicon.antonyms(negated.norm(), w.norm()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the other side of the cue's hunk negates by other means: by affix ("not known" /
   * "unknown"), by meaning ("rarely" / "not", "has yet to" / "hasn't") or with another negator
   * ("no justice" / "neither justice").
   */
  private static boolean balancedByAffix(PassagePair pair, int index, boolean source) {
    WordDiff.Hunk h = pair.hunks().get(source ? pair.hunkOfSource(index) : pair.hunkOfDerived(index));
    List<WordToken> other = source ? pair.derivedWords().subList(h.derivedFrom(), h.derivedTo())
        : pair.sourceWords().subList(h.sourceFrom(), h.sourceTo());
    return other.stream().anyMatch(w -> PolarityLexicon.isMorphologicalNegative(w.norm()) || PolarityLexicon.isQuasiNegative(w.norm()));
  }

  private static List<Change> antonyms(PassagePair pair, PairFacts facts) {
    Set<String> sourceWords = norms(pair.sourceWords());
    Set<String> derivedWords = norms(pair.derivedWords());
    List<Change> changes = new ArrayList<>();
    for (int index = 0; index < pair.hunks().size(); index++) {
      if (!isLocalEdit(pair, index)) {
        continue;
      }
      WordDiff.Hunk h = pair.hunks().get(index);
      for (WordToken s : pair.sourceWords().subList(h.sourceFrom(), h.sourceTo())) {
        for (WordToken d : pair.derivedWords().subList(h.derivedFrom(), h.derivedTo())) {
          if (PolarityLexicon.antonyms(s.norm(), d.norm()) && !derivedWords.contains(s.norm()) && !sourceWords.contains(d.norm())
              && !contractionOfNegated(pair, s, d)
              && !quoted(s, facts.sourceQuotes()) && !quoted(d, facts.derivedQuotes())) {
            changes.add(change(pair, new Span(s.start(), s.end()), new Span(d.start(), d.end()),
                "\"" + s.text() + "\" became its opposite \"" + d.text() + "\""));
          }
        }
      }
    }
    return changes;
  }

  /**
   * Whether an antonym pair is a negated word and its "n't" contraction: "will not" and "won't".
   * The contraction is compared with the other side's word followed by "not".
   */
  static boolean contractionOfNegated(PassagePair pair, WordToken s, WordToken d) {
    if (d.norm().endsWith("n't")) {
      return followedByNot(pair.sourceWords(), s);
    }
    return s.norm().endsWith("n't") && followedByNot(pair.derivedWords(), d);
  }

  private static boolean followedByNot(List<WordToken> words, WordToken w) {
    int i = words.indexOf(w);
    return i >= 0 && i + 1 < words.size() && words.get(i + 1).norm().equals("not");
  }

  private static boolean quoted(WordToken w, List<Quotation> quotes) {
    return quotes.stream().anyMatch(q -> q.span().contains(new Span(w.start(), w.end())));
  }

  private static Set<String> norms(List<WordToken> words) {
    Set<String> set = new HashSet<>();
    words.forEach(w -> set.add(w.norm()));
    return set;
  }

  private static Change change(PassagePair pair, Span source, Span derived, String explanation) {
    String st = NumberChanges.original(pair.source(), source);
    String dt = NumberChanges.original(pair.derived(), derived);
    return new Change(ChangeKind.NEGATION, Severity.HIGH, source, derived, st, dt, st, dt, explanation);
  }
}
