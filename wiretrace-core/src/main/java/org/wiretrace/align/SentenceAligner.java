package org.wiretrace.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wiretrace.model.Span;

/**
 * Aligns the body sentences of a source and a derived article: 1:1, 1:n and n:1, tolerant of
 * reordering, each pair typed VERBATIM, EDITED or PARAPHRASED.
 *
 * <p>Method, in the spirit of passim (Smith, Cordell and Mullen, "Computational methods for
 * uncovering reprinted texts in antebellum American newspapers", 2015), which finds reused passages
 * from confident anchors and then extends them locally:
 * <ol>
 *   <li>Score every sentence pair with the {@link SentencePairJudge}: the probability that the two
 *       say the same thing (a few hundred pairs per article pair; cheap because profiles are
 *       precomputed). The judge is the one {@code wiretrace eval pairs} measures.
 *   <li><b>Anchors.</b> Greedy maximum-weight 1:1 matching of the pairs the judge calls paraphrases
 *       (probability at least its threshold, {@code strong}), best first. Order is ignored here, so
 *       moved paragraphs still align.
 *   <li><b>Gap filling.</b> Pairs scoring at least {@code weak} ({@link AlignmentParams#weakShare()}
 *       of the threshold) are accepted when they continue an
 *       aligned run: they fall between the neighbouring aligned pairs on both sides, within two
 *       sentences of one of them. Spun copies keep the sentence order of their source while their
 *       wording drifts, so context lets a weaker sentence match count; unrelated sentences seldom
 *       sit in such a run. A sentence sandwiched between two aligned neighbours on both sides may
 *       score lower still if it shares a name or number with its counterpart.
 *   <li><b>Splits and merges.</b> A pair grows by an adjacent unaligned sentence on either side when
 *       the merged passage's log-odds are at least {@code mergeGain} higher and the added sentence
 *       shares content with the other side; two adjacent unaligned sentences that each share
 *       content with an unaligned sentence of the other side, and that together the judge accepts
 *       against it, form a new 2:1 or 1:2 pair (the judge, fitted on whole sentences, rejects each
 *       half alone).
 * </ol>
 * Every pair the judge (or a run) accepts is then typed by how much wording it keeps: VERBATIM when
 * its word bigrams and content words nearly all agree, EDITED when the word-bigram Dice reaches
 * {@code editedBigrams}, else PARAPHRASED; its {@link AlignedPair#score()} is the judge's
 * probability.
 * Finally each pair's spans are trimmed to the clauses actually shared ({@link ClauseTrimmer}).
 * Greedy matching is not the optimum of the assignment problem (Hungarian algorithm, O(n³)), but
 * with few strong pairs per sentence it gives the same answer in practice at O(n² log n). Thread-safe.
 */
public final class SentenceAligner {

  private static final int RUN_REACH = 2;
  private static final double SANDWICH_FACTOR = 0.6;
  private static final double MERGE_CONTAINMENT = 0.3;

  private final AlignmentParams params;
  private final SentenceSimilarity similarity;
  private final SentencePairJudge judge;
  private final double strong;
  private final double weak;

  /**
   * Creates an aligner that judges pairs by wording alone (the {@value ParaphraseModel#WORDING}
   * coefficient set); use {@link #SentenceAligner(AlignmentParams, SentencePairJudge)} with the
   * judge of the running embedder.
   *
   * @param params thresholds
   */
  public SentenceAligner(AlignmentParams params) {
    this(params, SentencePairJudge.forEmbedder(ParaphraseModel.WORDING));
  }

  /**
   * Creates an aligner.
   *
   * @param params thresholds
   * @param judge the sentence-pair judgement, fitted for the embedder whose vectors the profiles hold
   */
  public SentenceAligner(AlignmentParams params, SentencePairJudge judge) {
    this.params = params;
    this.similarity = new SentenceSimilarity();
    this.judge = judge;
    this.strong = judge.threshold();
    this.weak = params.weakShare() * judge.threshold();
  }

  /**
   * Returns the sentence-pair judgement used.
   *
   * @return the judge
   */
  public SentencePairJudge judge() {
    return judge;
  }

  private double score(SentenceProfile a, SentenceProfile b) {
    return judge.judge(a, b).probability();
  }

  /**
   * Aligns two articles' body sentences.
   *
   * @param source the source's body sentence profiles, in order
   * @param derived the derived's body sentence profiles, in order
   * @return the alignment
   */
  public Alignment align(List<SentenceProfile> source, List<SentenceProfile> derived) {
    double[][] scores = matrix(source, derived);
    Matching matching = new Matching(source.size(), derived.size());
    List<int[]> edges = edges(scores);
    for (int[] e : edges) {
      if (scores[e[0]][e[1]] >= strong && matching.free(e[0], e[1])) {
        matching.match(e[0], e[1]);
      }
    }
    fillGaps(edges, matching);
    fillSandwiches(source, derived, matching, scores);
    List<Group> groups = matching.groups(source, derived, scores);
    grow(groups, source, derived, matching, scores);
    pairAdjacent(groups, source, derived, matching);
    return result(groups, source, derived, matching);
  }

  private double[][] matrix(List<SentenceProfile> source, List<SentenceProfile> derived) {
    double[][] scores = new double[source.size()][derived.size()];
    for (int i = 0; i < source.size(); i++) {
      for (int j = 0; j < derived.size(); j++) {
        scores[i][j] = score(source.get(i), derived.get(j));
      }
    }
    return scores;
  }

  private List<int[]> edges(double[][] scores) {
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      for (int j = 0; j < scores[i].length; j++) {
        if (scores[i][j] >= weak) {
          edges.add(new int[] {i, j});
        }
      }
    }
    edges.sort(Comparator.<int[]>comparingDouble(e -> -scores[e[0]][e[1]])
        .thenComparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
    return edges;
  }

  private void fillGaps(List<int[]> edges, Matching matching) {
    boolean changed = true;
    for (int round = 0; changed && round < 4; round++) {
      changed = false;
      for (int[] e : edges) {
        if (matching.free(e[0], e[1]) && matching.continuesRun(e[0], e[1], RUN_REACH)) {
          matching.match(e[0], e[1]);
          changed = true;
        }
      }
    }
  }

  /**
   * Accepts a pair below {@code weak} (down to {@value #SANDWICH_FACTOR} of it) when its neighbours
   * on both sides are aligned to each other in order and the two sentences share a name or number:
   * a heavily spun sentence between two aligned ones.
   */
  private void fillSandwiches(List<SentenceProfile> source, List<SentenceProfile> derived,
      Matching matching, double[][] scores) {
    for (int j = 1; j + 1 < derived.size(); j++) {
      int before = matching.derivedTo[j - 1];
      int after = matching.derivedTo[j + 1];
      int i = before + 1;
      if (matching.derivedTo[j] < 0 && before >= 0 && after == before + 2 && matching.sourceTo[i] < 0
          && scores[i][j] >= SANDWICH_FACTOR * weak
          && SentenceProfile.overlap(source.get(i).anchors(), derived.get(j).anchors()) > 0) {
        matching.match(i, j);
      }
    }
  }

  private void grow(List<Group> groups, List<SentenceProfile> source, List<SentenceProfile> derived,
      Matching matching, double[][] scores) {
    for (Group g : groups) {
      for (int step = 0; step < 2; step++) {
        tryGrow(g, derived, matching.derivedTo, false, k -> bestFree(scores, matching.sourceTo, k, false));
        tryGrow(g, source, matching.sourceTo, true, k -> bestFree(scores, matching.derivedTo, k, true));
      }
    }
  }

  /** Best score of sentence k with a still unaligned sentence of the other side. */
  private static double bestFree(double[][] scores, int[] otherTaken, int k, boolean kIsSource) {
    double best = 0;
    for (int o = 0; o < otherTaken.length; o++) {
      if (otherTaken[o] < 0) {
        best = Math.max(best, kIsSource ? scores[k][o] : scores[o][k]);
      }
    }
    return best;
  }

  private void tryGrow(Group g, List<SentenceProfile> side, int[] taken, boolean sourceSide,
      java.util.function.IntToDoubleFunction bestElsewhere) {
    SentenceProfile mine = sourceSide ? g.source : g.derived;
    SentenceProfile other = sourceSide ? g.derived : g.source;
    int[] range = sourceSide ? g.sourceRange : g.derivedRange;
    for (int k : new int[] {range[1] + 1, range[0] - 1}) {
      if (k < 0 || k >= side.size() || taken[k] >= 0) {
        continue;
      }
      double alone = score(sourceSide ? side.get(k) : other, sourceSide ? other : side.get(k));
      if (bestElsewhere.applyAsDouble(k) > alone) {
        continue;
      }
      SentenceProfile grown = mine.merge(side.get(k));
      double score = score(sourceSide ? grown : g.source, sourceSide ? g.derived : grown);
      if (logit(score) >= logit(g.score) + params.mergeGain() && contained(side.get(k), other)) {
        g.set(sourceSide, grown, score);
        range[0] = Math.min(range[0], k);
        range[1] = Math.max(range[1], k);
        taken[k] = Integer.MAX_VALUE;
        return;
      }
    }
  }

  /** Log-odds, so that a gain still shows near probability 1. */
  private static double logit(double p) {
    double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
    return Math.log(q / (1 - q));
  }

  private static boolean contained(SentenceProfile part, SentenceProfile whole) {
    int n = part.contentStems().length;
    return n > 0 && SentenceProfile.overlap(part.contentStems(), whole.contentStems())
        >= MERGE_CONTAINMENT * n;
  }

  private void pairAdjacent(List<Group> groups, List<SentenceProfile> source,
      List<SentenceProfile> derived, Matching matching) {
    adjacentPairs(groups, source, derived, matching.sourceTo, matching.derivedTo, false);
    adjacentPairs(groups, derived, source, matching.derivedTo, matching.sourceTo, true);
  }

  private void adjacentPairs(List<Group> groups, List<SentenceProfile> twoSide,
      List<SentenceProfile> oneSide, int[] twoTaken, int[] oneTaken, boolean twoIsDerived) {
    for (int j = 0; j < oneSide.size(); j++) {
      for (int i = 0; i + 1 < twoSide.size() && oneTaken[j] < 0; i++) {
        if (twoTaken[i] >= 0 || twoTaken[i + 1] >= 0
            || !promising(twoSide.get(i), twoSide.get(i + 1), oneSide.get(j))) {
          continue;
        }
        SentenceProfile merged = twoSide.get(i).merge(twoSide.get(i + 1));
        SentenceProfile single = oneSide.get(j);
        double score = twoIsDerived ? score(single, merged) : score(merged, single);
        if (score >= strong) {
          groups.add(twoIsDerived ? new Group(single, merged, score, new int[] {j, j}, new int[] {i, i + 1})
              : new Group(merged, single, score, new int[] {i, i + 1}, new int[] {j, j}));
          twoTaken[i] = Integer.MAX_VALUE;
          twoTaken[i + 1] = Integer.MAX_VALUE;
          oneTaken[j] = Integer.MAX_VALUE;
        }
      }
    }
  }

  /**
   * True when both halves share content with the single sentence: each half alone is only part of
   * it, so the judge (fitted on whole-sentence paraphrases) may reject each half on its own.
   */
  private static boolean promising(SentenceProfile first, SentenceProfile second, SentenceProfile single) {
    return contained(first, single) && contained(second, single);
  }

  private Alignment result(List<Group> groups, List<SentenceProfile> source,
      List<SentenceProfile> derived, Matching matching) {
    List<AlignedPair> pairs = new ArrayList<>(groups.size());
    for (Group g : groups) {
      pairs.add(pair(g));
    }
    pairs.sort(Comparator.comparing(AlignedPair::derivedSpan));
    return new Alignment(pairs, unmatched(derived, matching.derivedTo), unmatched(source, matching.sourceTo));
  }

  /** Types and trims a group; its score is the judge's probability of its passages (kept current by every step). */
  private AlignedPair pair(Group g) {
    SentenceSimilarity.Score s = similarity.score(g.source, g.derived);
    double probability = g.score;
    AlignmentType type = s.bigrams() >= params.verbatimBigrams() && s.lexical() >= params.verbatimBigrams()
        ? AlignmentType.VERBATIM
        : s.bigrams() >= params.editedBigrams() ? AlignmentType.EDITED : AlignmentType.PARAPHRASED;
    long[] shared = SentenceProfile.intersect(g.source.contentStems(), g.derived.contentStems());
    long[] quoted = SentenceProfile.union(g.source.quotedStems(), g.derived.quotedStems());
    double quotedShare = shared.length == 0 ? 0 : SentenceProfile.overlap(quoted, shared) / (double) shared.length;
    boolean trim = type != AlignmentType.VERBATIM;
    Span sourceSpan = trim ? ClauseTrimmer.trim(g.source, g.derived) : g.source.span();
    Span derivedSpan = trim ? ClauseTrimmer.trim(g.derived, g.source) : g.derived.span();
    return new AlignedPair(g.source.indices(), g.derived.indices(), sourceSpan, derivedSpan,
        type, round(probability), round(s.lexical()), round(s.semantic()), round(quotedShare));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static List<Integer> unmatched(List<SentenceProfile> side, int[] taken) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < side.size(); k++) {
      if (taken[k] < 0) {
        out.add(side.get(k).indices().getFirst());
      }
    }
    return out;
  }

  /** A growing aligned passage pair; {@code score} is always the judge's probability of its two passages. */
  private static final class Group {
    SentenceProfile source;
    SentenceProfile derived;
    double score;
    final int[] sourceRange;
    final int[] derivedRange;

    /** Ranges are first and last positions in the profile lists (not article sentence indices). */
    Group(SentenceProfile source, SentenceProfile derived, double score, int[] sourceRange, int[] derivedRange) {
      this.source = source;
      this.derived = derived;
      this.score = score;
      this.sourceRange = sourceRange;
      this.derivedRange = derivedRange;
    }

    void set(boolean sourceSide, SentenceProfile grown, double newScore) {
      if (sourceSide) {
        source = grown;
      } else {
        derived = grown;
      }
      score = newScore;
    }
  }

  /** The 1:1 matching under construction, by position in the profile lists. */
  private final class Matching {
    final int[] sourceTo;
    final int[] derivedTo;

    Matching(int sources, int deriveds) {
      sourceTo = new int[sources];
      derivedTo = new int[deriveds];
      java.util.Arrays.fill(sourceTo, -1);
      java.util.Arrays.fill(derivedTo, -1);
    }

    boolean free(int i, int j) {
      return sourceTo[i] < 0 && derivedTo[j] < 0;
    }

    void match(int i, int j) {
      sourceTo[i] = j;
      derivedTo[j] = i;
    }

    /** True when (i, j) lies in order between its aligned neighbours and close to one of them. */
    boolean continuesRun(int i, int j, int reach) {
      int before = -1;
      for (int k = j - 1; k >= 0 && before < 0; k--) {
        before = derivedTo[k] >= 0 ? k : -1;
      }
      int after = -1;
      for (int k = j + 1; k < derivedTo.length && after < 0; k++) {
        after = derivedTo[k] >= 0 ? k : -1;
      }
      boolean ordered = (before < 0 || derivedTo[before] < i) && (after < 0 || derivedTo[after] > i);
      boolean near = before >= 0 && j - before <= reach && i - derivedTo[before] <= reach
          || after >= 0 && after - j <= reach && derivedTo[after] - i <= reach;
      return ordered && near;
    }

    /** One group per matched pair, scored by the matrix entry the matching was made from. */
    List<Group> groups(List<SentenceProfile> source, List<SentenceProfile> derived, double[][] scores) {
      List<Group> groups = new ArrayList<>();
      for (int j = 0; j < derivedTo.length; j++) {
        if (derivedTo[j] >= 0) {
          SentenceProfile s = source.get(derivedTo[j]);
          SentenceProfile d = derived.get(j);
          groups.add(new Group(s, d, scores[derivedTo[j]][j], new int[] {derivedTo[j], derivedTo[j]},
              new int[] {j, j}));
        }
      }
      return groups;
    }
  }
}
