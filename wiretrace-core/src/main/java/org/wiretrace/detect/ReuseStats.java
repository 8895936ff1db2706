package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.Alignment;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.align.SpinSignal;
import org.wiretrace.provenance.SourceSide;

/**
 * Reuse measures of an oriented alignment: coverage of each side by sentences and characters,
 * verbatim and copied shares, mean score and the spinner substitution rate. Pairs whose shared words lie
 * mostly inside quotation marks are not counted unless the whole sentence is verbatim (two reports
 * quoting one speaker are not copies; a copied sentence with its attribution is). Nor are pairs
 * without shared wording ({@link PairEvidence}): only CLEAR pairs count, and AMBIGUOUS ones that
 * continue a run of CLEAR pairs with the semantic similarity agreeing.
 *
 * @param counted aligned pairs counted as reuse
 * @param sourceCoverage share of source body sentences in counted pairs
 * @param derivedCoverage share of derived body sentences in counted pairs
 * @param sourceCharCoverage share of source body characters in counted pairs
 * @param derivedCharCoverage share of derived body characters in counted pairs
 * @param verbatimShare share of derived body sentences in VERBATIM pairs
 * @param meanScore mean similarity of counted pairs
 * @param swapRate content words substituted in place (gaps of k words for k, {@link
 *     SpinSignal.Diff#parallel()}) per content word, over the counted non-verbatim pairs: a spinner
 *     replaces word after word and keeps the sentence skeleton; a human rewrite changes fewer words
 *     in place and restructures the rest (moved, merged or rephrased clauses give uneven gaps)
 * @param anchorAgreement overlap of the anchors (names and numbers) of all aligned passages where
 *     both sides have anchors, summed over the pairs, over the anchors of the side with fewer
 *     (containment, not Dice: a rewrite or a trimmed copy drops names and numbers its source gives,
 *     but the ones it keeps are the source's); 1 when those pairs hold fewer than
 *     {@value #MIN_ANCHOR_EVIDENCE} anchors in all (one or two capitalised words are no evidence).
 *     Articles built from the same stock phrasing about different events align sentence for
 *     sentence but disagree on nearly every name and number; copies keep most of them.
 * @param sharedWords content words (distinct stems per pair) shared by the counted pairs, summed:
 *     how much text the reuse rests on
 * @param editedShare share of derived body sentences in counted EDITED pairs
 * @param longestRun most CLEAR pairs that follow one another in the same order on both sides,
 *     each within {@value PairEvidence#RUN_REACH} sentences of the one before ({@link #longestRun}):
 *     a reused passage keeps its sentences in order, stock sentences of unrelated articles do not.
 *     AMBIGUOUS pairs are left out: they count only because they continue a run of CLEAR pairs, so
 *     letting them lengthen the run would be circular
 * @param nearCopies counted pairs that copy a sentence nearly word for word: VERBATIM, or keeping
 *     nearly all content words ({@link PairEvidence#nearCopy})
 * @param copiedShare share of derived body sentences in counted pairs whose derived passage is made
 *     of the source passage's word sequences ({@link PairEvidence#copied}): cut and pasted, words
 *     perhaps left out, none replaced
 * @param numberAgreement the same containment as {@code anchorAgreement}, over the numbers alone (1 when
 *     the aligned passages hold fewer than {@value #MIN_NUMBER_EVIDENCE} on the side with fewer): a copy
 *     keeps most amounts, counts and dates even when it changes a fact or two, while two reports of
 *     different events told in one stock phrasing share an organisation's name but hardly a number
 */
record ReuseStats(
    int counted, double sourceCoverage, double derivedCoverage, double sourceCharCoverage,
    double derivedCharCoverage, double verbatimShare, double meanScore,
    double swapRate, double anchorAgreement, int sharedWords, double editedShare, int longestRun,
    int nearCopies, double copiedShare, double numberAgreement) {


  /** Least number of anchors (both sides, summed over pairs) for the anchor agreement to be read. */
  static final int MIN_ANCHOR_EVIDENCE = 8;

  /** Statistics of an alignment with no pairs. */
  static final ReuseStats NONE = new ReuseStats(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1);

  /** Least number of numbers (side with fewer, summed over pairs) for the number agreement to be read. */
  static final int MIN_NUMBER_EVIDENCE = 4;

  static ReuseStats of(Alignment alignment, SourceSide source, SourceSide derived, double quoteDiscount) {
    long[] sourceAnchors = anchors(source);
    long[] derivedAnchors = anchors(derived);
    Tally tally = new Tally();
    List<AlignedPair> candidates = new ArrayList<>();
    List<AlignedPair> clear = new ArrayList<>();
    List<PairEvidence> evidence = new ArrayList<>();
    for (AlignedPair p : alignment.pairs()) {
      SentenceProfile s = passage(source, p.sourceSentences());
      SentenceProfile d = passage(derived, p.derivedSentences());
      tally.anchors(s, d);
      boolean exact = p.type() == AlignmentType.VERBATIM;
      if (!exact && (p.quotedShare() >= quoteDiscount || conflicts(s, d, sourceAnchors, derivedAnchors))) {
        continue;
      }
      PairEvidence e = PairEvidence.of(p, s, d);
      candidates.add(p);
      evidence.add(e);
      if (e == PairEvidence.CLEAR) {
        clear.add(p);
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      AlignedPair p = candidates.get(k);
      PairEvidence e = evidence.get(k);
      if (e == PairEvidence.CLEAR || e == PairEvidence.AMBIGUOUS && PairEvidence.supported(p, clear)) {
        tally.count(p, passage(source, p.sourceSentences()), passage(derived, p.derivedSentences()));
      }
    }
    return tally.stats(source, derived, longestRun(clear));
  }

  /** Running sums over the counted pairs of one alignment. */
  private static final class Tally {
    final TreeSet<Integer> src = new TreeSet<>();
    final TreeSet<Integer> der = new TreeSet<>();
    final TreeSet<Integer> verbatim = new TreeSet<>();
    final TreeSet<Integer> edited = new TreeSet<>();
    final TreeSet<Integer> copied = new TreeSet<>();
    int counted;
    int nearCopies;
    double scoreSum;
    int swaps;
    int words;
    int sharedWords;
    long sharedAnchors;
    long fewerAnchors;
    long anchors;
    long sharedNumbers;
    long fewerNumbers;

    void anchors(SentenceProfile s, SentenceProfile d) {
      Set<String> sourceNumbers = new HashSet<>(s.numbers());
      Set<String> derivedNumbers = new HashSet<>(d.numbers());
      fewerNumbers += Math.min(sourceNumbers.size(), derivedNumbers.size());
      sourceNumbers.retainAll(derivedNumbers);
      sharedNumbers += sourceNumbers.size();
      if (s.anchors().length > 0 && d.anchors().length > 0) {
        sharedAnchors += SentenceProfile.overlap(s.anchors(), d.anchors());
        fewerAnchors += Math.min(s.anchors().length, d.anchors().length);
        anchors += s.anchors().length + d.anchors().length;
      }
    }

    void count(AlignedPair p, SentenceProfile s, SentenceProfile d) {
      counted++;
      scoreSum += p.score();
      sharedWords += SentenceProfile.overlap(s.contentStems(), d.contentStems());
      src.addAll(p.sourceSentences());
      der.addAll(p.derivedSentences());
      if (p.type() == AlignmentType.VERBATIM) {
        verbatim.addAll(p.derivedSentences());
      }
      if (PairEvidence.copied(p, s, d)) {
        copied.addAll(p.derivedSentences());
      }
      if (PairEvidence.nearCopy(p, s, d)) {
        nearCopies++;
      }
      if (p.type() == AlignmentType.EDITED) {
        edited.addAll(p.derivedSentences());
      }
      if (p.type() != AlignmentType.VERBATIM) {
        swaps += SpinSignal.diff(s, d).parallel();
        words += Math.max(s.sequence().length, d.sequence().length);
      }
    }

    ReuseStats stats(SourceSide source, SourceSide derived, int longestRun) {
      int nd = derived.body().size();
      return new ReuseStats(counted, share(src.size(), source.body().size()), share(der.size(), nd),
          chars(source, src), chars(derived, der), share(verbatim.size(), nd), counted == 0 ? 0 : scoreSum / counted,
          share(swaps, words), anchors < MIN_ANCHOR_EVIDENCE ? 1 : sharedAnchors / (double) fewerAnchors, sharedWords,
          share(edited.size(), nd), longestRun, nearCopies,
          share(copied.size(), nd), fewerNumbers < MIN_NUMBER_EVIDENCE ? 1 : sharedNumbers / (double) fewerNumbers);
    }
  }

  /**
   * Returns the most pairs in one ordered run: taken in derived order, each pair follows the one
   * before it on both sides, by at most {@value PairEvidence#RUN_REACH} sentences. A passage copied
   * from another article keeps its sentences in order, so its pairs form one run however heavily
   * each sentence was edited; the stock sentences two unrelated articles share (same event type,
   * same house style) turn up in a different order on each side and form runs of one or two.
   *
   * @param pairs aligned pairs, in any order
   * @return the length of the longest run, 0 when there are no pairs
   */
  static int longestRun(List<AlignedPair> pairs) {
    List<AlignedPair> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparing((AlignedPair p) -> p.derivedSentences().getFirst()));
    int best = 0;
    int run = 0;
    AlignedPair previous = null;
    for (AlignedPair p : sorted) {
      run = previous != null && follows(previous, p) ? run + 1 : 1;
      best = Math.max(best, run);
      previous = p;
    }
    return best;
  }

  private static boolean follows(AlignedPair before, AlignedPair next) {
    int source = next.sourceSentences().getFirst() - before.sourceSentences().getLast();
    int derived = next.derivedSentences().getFirst() - before.derivedSentences().getLast();
    return source > 0 && derived > 0 && source <= PairEvidence.RUN_REACH && derived <= PairEvidence.RUN_REACH;
  }

  /**
   * True when both passages name something the other article never mentions, and such foreign
   * anchors outnumber the shared ones: the same phrasing about other people, places or amounts
   * (two stock sentences filled with different names), not a copy. A copy that changes one fact
   * keeps more anchors than it replaces.
   */
  static boolean conflicts(SentenceProfile s, SentenceProfile d, long[] sourceAnchors, long[] derivedAnchors) {
    int foreignSource = s.anchors().length - SentenceProfile.overlap(s.anchors(), derivedAnchors);
    int foreignDerived = d.anchors().length - SentenceProfile.overlap(d.anchors(), sourceAnchors);
    int shared = SentenceProfile.overlap(s.anchors(), d.anchors());
    return foreignSource > 0 && foreignDerived > 0 && foreignSource + foreignDerived > shared;
  }

  /** All anchors of a side's body, sorted distinct. */
  static long[] anchors(SourceSide side) {
    long[] out = new long[0];
    for (SentenceProfile p : side.body()) {
      out = SentenceProfile.union(out, p.anchors());
    }
    return out;
  }

  private static SentenceProfile passage(SourceSide side, List<Integer> indices) {
    SentenceProfile out = null;
    for (int index : indices) {
      SentenceProfile p = side.profile(index);
      if (p != null) {
        out = out == null ? p : out.merge(p);
      }
    }
    if (out == null) {
      throw new IllegalStateException("aligned sentence " + indices + " is not a body sentence of "
          + side.article().id() + "; the alignment and the analysis disagree");
    }
    return out;
  }

  private static double chars(SourceSide side, TreeSet<Integer> indices) {
    long total = 0;
    long covered = 0;
    for (SentenceProfile p : side.body()) {
      total += p.span().length();
      if (indices.contains(p.indices().getFirst())) {
        covered += p.span().length();
      }
    }
    return total == 0 ? 0 : covered / (double) total;
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : Math.min(1.0, part / (double) whole);
  }

  /**
   * Returns the share of the reused derived sentences that were copied rather than rewritten:
   * {@code copiedShare / derivedCoverage} (VERBATIM, or cut from the source's word sequences).
   * A syndicated copy reprints most sentences as they stand and edits a few; a rewrite touches
   * nearly every sentence, however lightly each one is changed.
   *
   * @return the copied share of the reused sentences, 0 when nothing is reused
   */
  double copiedOfReused() {
    return derivedCoverage == 0 ? 0 : Math.min(1, copiedShare / derivedCoverage);
  }

  double maxCoverage() {
    return Math.max(sourceCoverage, derivedCoverage);
  }

  double minCoverage() {
    return Math.min(sourceCoverage, derivedCoverage);
  }
}
