package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Comparator;
import java.util.Set;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.align.Vectors;
import org.wiretrace.provenance.SourceSide;

/**
 * The derived sentences whose wording is contained in the source, whether or not the aligner paired
 * them: asymmetric containment (Broder, "On the resemblance and containment of documents", 1997),
 * read per sentence as in the n-gram containment of Clough and Stevenson ("Developing a corpus of
 * plagiarised short answers", 2011), against a source passage of one or two adjacent sentences.
 *
 * <p>A heavy rewrite splits, merges and shortens its source's sentences: each of its sentences is a
 * part of one source passage, so a symmetric similarity of whole sentences (Dice, the pair judge)
 * finds little, while most of the derived sentence's content words and some of its word pairs are
 * still the source's. A derived sentence is <b>drawn</b> from the source when, against its best
 * source passage, it shares at least {@value #MIN_SHARED} of its phrasing words (content words that
 * are neither names, numbers nor quoted: what independent reports of one event share), at least
 * {@value #MIN_CONTAINED} of them, at least {@value #MIN_BIGRAMS} of its word bigrams
 * (function words included: phrasing, not just topic), no other subject ({@link #otherSubject})
 * and no number of its own where the passage has one of its own
 * ({@link #otherNumbers}). An independent text on the same topic shares the topic's words
 * but seldom its phrasing; a few of its sentences may be drawn, not a run of them in the source's
 * order ({@link #orderedRun}).
 *
 * @param sentences derived body sentence indices drawn from the source, in derived order
 * @param share drawn sentences over the derived body sentences
 * @param orderedRun most drawn sentences whose source passages are distinct and follow the derived
 *     order (the longest strictly increasing subsequence of their source positions)
 * @param passages each drawn sentence with its source passage, as a PARAPHRASED pair whose score is
 *     the mean of its word and bigram containment, in derived order
 */
record DrawnSentences(List<Integer> sentences, double share, int orderedRun, List<AlignedPair> passages) {

  /** Copies the lists. */
  DrawnSentences {
    sentences = List.copyOf(sentences);
    passages = List.copyOf(passages);
  }

  /**
   * Drawn sentences without their passages, e.g. for tests of the classifier.
   *
   * @param sentences derived body sentence indices drawn from the source
   * @param share drawn sentences over the derived body sentences
   * @param orderedRun most drawn sentences in the source's order
   */
  DrawnSentences(List<Integer> sentences, double share, int orderedRun) {
    this(sentences, share, orderedRun, List.of());
  }

  /** Least phrasing words a drawn sentence shares with its source passage. */
  static final int MIN_SHARED = 3;
  /** Least share of a drawn sentence's phrasing words found in its source passage. */
  static final double MIN_CONTAINED = 0.5;
  /** Least share of a drawn sentence's word bigrams found in its source passage. */
  static final double MIN_BIGRAMS = 0.2;

  /** No drawn sentences. */
  static final DrawnSentences NONE = new DrawnSentences(List.of(), 0, 0);

  /**
   * Finds the derived sentences drawn from the source.
   *
   * @param source the source side
   * @param derived the derived side
   * @return the drawn sentences
   */
  static DrawnSentences of(SourceSide source, SourceSide derived) {
    List<SentenceProfile> windows = windows(source.body());
    long[] sourceAnchors = ReuseStats.anchors(source);
    long[] derivedAnchors = ReuseStats.anchors(derived);
    List<Integer> sentences = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<AlignedPair> passages = new ArrayList<>();
    for (SentenceProfile d : derived.body()) {
      int best = -1;
      double bestScore = 0;
      for (int w = 0; w < windows.size(); w++) {
        double score = containment(windows.get(w), d, new long[][] {sourceAnchors, derivedAnchors}, source);
        if (score > bestScore) {
          bestScore = score;
          best = w;
        }
      }
      if (best >= 0) {
        sentences.add(d.indices().getFirst());
        positions.add(windows.get(best).indices().getFirst());
        passages.add(passage(windows.get(best), d, bestScore));
      }
    }
    int n = derived.body().size();
    return new DrawnSentences(sentences, n == 0 ? 0 : sentences.size() / (double) n,
        longestOrdered(positions), passages);
  }

  /** A drawn sentence and its source passage as a PARAPHRASED pair (containment summed in [0, 2]). */
  private static AlignedPair passage(SentenceProfile window, SentenceProfile d, double containment) {
    long[] phrasing = phrasing(d);
    double words = SentenceProfile.overlap(phrasing, window.contentStems()) / (double) phrasing.length;
    return new AlignedPair(window.indices(), d.indices(), window.span(), d.span(), AlignmentType.PARAPHRASED,
        containment / 2, words, Math.max(0, Vectors.dot(window.vector(), d.vector())), 0);
  }

  /**
   * Adds the drawn passages to the aligner's pairs, for a relation whose reuse the drawn sentences
   * found: each drawn sentence the aligner left unpaired, with its source passage when no pair kept
   * so far holds any of that passage's sentences (a source sentence is in one pair at most, as the
   * aligner keeps it). The result is in derived order.
   *
   * @param aligned the aligner's pairs
   * @return the aligner's pairs and the drawn passages that fit beside them
   */
  List<AlignedPair> besides(List<AlignedPair> aligned) {
    List<AlignedPair> out = new ArrayList<>(aligned);
    Set<Integer> derivedTaken = new HashSet<>();
    Set<Integer> sourceTaken = new HashSet<>();
    aligned.forEach(p -> {
      derivedTaken.addAll(p.derivedSentences());
      sourceTaken.addAll(p.sourceSentences());
    });
    for (AlignedPair p : passages) {
      if (!derivedTaken.containsAll(p.derivedSentences()) && p.sourceSentences().stream().noneMatch(sourceTaken::contains)) {
        out.add(p);
        derivedTaken.addAll(p.derivedSentences());
        sourceTaken.addAll(p.sourceSentences());
      }
    }
    out.sort(Comparator.comparingInt(p -> p.derivedSentences().getFirst()));
    return out;
  }

  /**
   * Returns the drawn sentences of the better-drawn direction, for a pair whose direction is not yet
   * known.
   *
   * @param a one side
   * @param b the other side
   * @return the drawn sentences with the longer ordered run (of b from a on a tie)
   */
  static DrawnSentences either(SourceSide a, SourceSide b) {
    DrawnSentences ab = of(a, b);
    DrawnSentences ba = of(b, a);
    return ba.orderedRun() > ab.orderedRun() ? ba : ab;
  }

  /**
   * Every passage of one or two adjacent source sentences, the single sentences first (a derived
   * sentence as well contained in one sentence as in a pair is drawn from that sentence).
   */
  private static List<SentenceProfile> windows(List<SentenceProfile> body) {
    List<SentenceProfile> out = new ArrayList<>(body);
    for (int i = 0; i + 1 < body.size(); i++) {
      out.add(body.get(i).merge(body.get(i + 1)));
    }
    return out;
  }

  /**
   * Returns the summed word and bigram containment of a derived sentence in a source passage when
   * it is drawn from it, else 0.
   */
  private static double containment(SentenceProfile passage, SentenceProfile d, long[][] anchors,
      SourceSide source) {
    long[] words = phrasing(d);
    long[] bigrams = d.bigrams();
    int shared = SentenceProfile.overlap(words, passage.contentStems());
    if (shared < MIN_SHARED || bigrams.length == 0) {
      return 0;
    }
    double contained = shared / (double) words.length;
    double phrased = SentenceProfile.overlap(bigrams, passage.bigrams()) / (double) bigrams.length;
    if (contained < MIN_CONTAINED || phrased < MIN_BIGRAMS
        || otherSubject(passage, d, anchors[0], anchors[1], text(source, passage)) || otherNumbers(passage, d)) {
      return 0;
    }
    return contained + phrased;
  }

  /**
   * True when both sides name something the other article never mentions and such own anchors
   * outnumber the shared ones, as {@link ReuseStats#conflicts} reads it (one stock sentence about
   * another subject: two banks cutting a rate, two towns with one employer), except that a name
   * written as its initials on one side and in full on the other ("WWW", "World Wide Web") is the
   * same name, not one of each side's own.
   *
   * @param passage the source passage
   * @param d the derived sentence
   * @param sourceAnchors all anchors of the source article
   * @param derivedAnchors all anchors of the derived article
   * @param passageText the source passage's text
   * @return whether the sentence is about another subject
   */
  static boolean otherSubject(SentenceProfile passage, SentenceProfile d, long[] sourceAnchors,
      long[] derivedAnchors, String passageText) {
    int ownSource = passage.anchors().length - SentenceProfile.overlap(passage.anchors(), derivedAnchors);
    int ownDerived = d.anchors().length - SentenceProfile.overlap(d.anchors(), sourceAnchors);
    int[] spelled = Initialisms.spelledOut(d.text(), passageText);
    int[] shortened = Initialisms.spelledOut(passageText, d.text());
    ownSource -= spelled[1] + shortened[0];
    ownDerived -= spelled[0] + shortened[1];
    return ownSource > 0 && ownDerived > 0
        && ownSource + ownDerived > SentenceProfile.overlap(passage.anchors(), d.anchors());
  }

  private static String text(SourceSide side, SentenceProfile passage) {
    StringBuilder out = new StringBuilder();
    for (int index : passage.indices()) {
      SentenceProfile p = side.profile(index);
      out.append(p == null ? "" : p.text()).append(' ');
    }
    return out.toString();
  }

  /**
   * True when each side gives a number the other does not: one stock sentence filled in with other
   * amounts (two bond issues priced at 99.375 and 99.784), not a rewrite, which keeps its source's
   * numbers or leaves them out.
   */
  static boolean otherNumbers(SentenceProfile passage, SentenceProfile d) {
    Set<String> source = new HashSet<>(passage.numbers());
    Set<String> derived = new HashSet<>(d.numbers());
    return !source.containsAll(derived) && !derived.containsAll(source);
  }

  /**
   * The content words of a sentence that are neither anchors nor quoted: its own phrasing, not the
   * names, numbers and quotes that independent reports of one event share.
   */
  private static long[] phrasing(SentenceProfile p) {
    long[] anchors = p.anchors();
    long[] quoted = p.quotedStems();
    return Arrays.stream(p.contentStems())
        .filter(w -> Arrays.binarySearch(anchors, w) < 0 && Arrays.binarySearch(quoted, w) < 0).toArray();
  }

  /**
   * Length of the longest strictly increasing subsequence (patience sorting, O(n log n)): drawn
   * sentences from distinct source passages, in the source's order. Several derived sentences drawn
   * from one source sentence count once: independent reports of one event each restate the lead
   * sentence of the other, and only that.
   */
  static int longestOrdered(List<Integer> values) {
    int[] tails = new int[values.size()];
    int size = 0;
    for (int v : values) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tails[mid] < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      tails[lo] = v;
      size = Math.max(size, lo + 1);
    }
    return size;
  }
}
