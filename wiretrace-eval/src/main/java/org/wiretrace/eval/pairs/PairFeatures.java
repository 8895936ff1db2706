package org.wiretrace.eval.pairs;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a sentence pair into the feature vector of the paraphrase classifier: the sentence
 * embeddings' cosine, word-level soft matching of their contextual word pieces ({@link
 * TokenAlignment}), plus lexical evidence in the spirit of the classic MSRP systems (Madnani,
 * Tetreault and Chodorow, "Re-examining Machine Translation Metrics for Paraphrase Identification",
 * NAACL 2012; Wan et al. 2006): word, stem, content-word and bigram overlap in both directions,
 * smoothed sentence BLEU (Papineni et al. 2002), character trigram similarity, longest common
 * subsequence, the longest run of content words one sentence has and the other lacks (an added
 * clause, the commonest reason MSRP pairs are not paraphrases), number and name agreement, negation
 * mismatch and length ratio.
 *
 * <p>Every feature is symmetric in the two sentences (the order of a pair carries no meaning in
 * MSRP or PAWS): a directional overlap {@code |A∩B|/|A|} enters as the minimum and the maximum of
 * its two directions. Names are fixed and stored with fitted models, so a model refuses features it
 * was not trained on.
 */
final class PairFeatures {

  /** Feature names, in vector order. */
  static final List<String> NAMES =
      List.of(
          "cosine",
          "align_coverage_min",
          "align_coverage_max",
          "align_unmatched_max",
          "word_overlap_min",
          "word_overlap_max",
          "stem_overlap_min",
          "stem_overlap_max",
          "content_overlap_min",
          "content_overlap_max",
          "bigram_overlap_min",
          "bigram_overlap_max",
          "bleu_min",
          "bleu_max",
          "char3_dice",
          "lcs_ratio",
          "length_ratio",
          "content_unmatched_log",
          "content_run_min_log",
          "content_run_max_log",
          "number_unmatched",
          "number_conflict",
          "name_unmatched",
          "negation_mismatch");

  private static final int BLEU_ORDER = 4;

  private PairFeatures() {}

  /**
   * Computes the features of one pair.
   *
   * @param a the first sentence's terms
   * @param b the second sentence's terms
   * @param cosine the cosine of the two sentence embeddings
   * @param alignment the {@link TokenAlignment} features of the two sentences
   * @return the vector, in {@link #NAMES} order
   */
  static double[] of(SentenceTerms a, SentenceTerms b, double cosine, double[] alignment) {
    double[] words = overlaps(a.words(), b.words());
    double[] stems = overlaps(a.stems(), b.stems());
    double[] content = overlaps(a.contentStems(), b.contentStems());
    double[] bigrams = overlaps(bigrams(a.stems()), bigrams(b.stems()));
    double[] bleu = minMax(bleu(a.stems(), b.stems()), bleu(b.stems(), a.stems()));
    double[] runs = minMax(unmatchedRun(a, b), unmatchedRun(b, a));
    return new double[] {
      cosine,
      alignment[0],
      alignment[1],
      alignment[2],
      words[0],
      words[1],
      stems[0],
      stems[1],
      content[0],
      content[1],
      bigrams[0],
      bigrams[1],
      bleu[0],
      bleu[1],
      dice(a.charGrams(), b.charGrams()),
      lcsRatio(a.stems(), b.stems()),
      lengthRatio(a.words().size(), b.words().size()),
      Math.log1p(unmatchedMax(a.contentStems(), b.contentStems())),
      Math.log1p(runs[0]),
      Math.log1p(runs[1]),
      unmatchedShare(a.numbers(), b.numbers()),
      a.numbers().isEmpty() || b.numbers().isEmpty() || a.numbers().equals(b.numbers()) ? 0 : 1,
      unmatchedShare(a.names(), b.names()),
      (a.negations() > 0) == (b.negations() > 0) ? 0 : 1
    };
  }

  private static double[] minMax(double x, double y) {
    return new double[] {Math.min(x, y), Math.max(x, y)};
  }

  /**
   * Returns sentence BLEU of a candidate against one reference: the geometric mean of clipped 1- to
   * 4-gram precisions, each add-one smoothed (Lin and Och 2004), without brevity penalty (length
   * enters as its own feature).
   */
  static double bleu(List<String> candidate, List<String> reference) {
    double logSum = 0;
    for (int n = 1; n <= BLEU_ORDER; n++) {
      Map<List<String>, Integer> available = ngramCounts(reference, n);
      int matched = 0;
      int total = Math.max(0, candidate.size() - n + 1);
      for (int i = 0; i < total; i++) {
        Integer left = available.get(candidate.subList(i, i + n));
        if (left != null && left > 0) {
          matched++;
          available.put(candidate.subList(i, i + n), left - 1);
        }
      }
      logSum += Math.log((matched + 1.0) / (total + 1.0));
    }
    return Math.exp(logSum / BLEU_ORDER);
  }

  private static Map<List<String>, Integer> ngramCounts(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(tokens.subList(i, i + n), 1, Integer::sum);
    }
    return counts;
  }

  /** Returns the longest run of consecutive content stems of {@code a} absent from {@code b}. */
  private static int unmatchedRun(SentenceTerms a, SentenceTerms b) {
    Set<String> other = new HashSet<>(b.contentStems());
    int longest = 0;
    int run = 0;
    for (String stem : a.contentStems()) {
      run = other.contains(stem) ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** Returns {min, max} of |A∩B|/|A| and |A∩B|/|B| over distinct terms; 1 when both empty. */
  private static double[] overlaps(Collection<String> a, Collection<String> b) {
    Set<String> setA = new HashSet<>(a);
    Set<String> setB = new HashSet<>(b);
    if (setA.isEmpty() || setB.isEmpty()) {
      double both = setA.isEmpty() && setB.isEmpty() ? 1 : 0;
      return new double[] {both, both};
    }
    double shared = intersection(setA, setB);
    double ab = shared / setA.size();
    double ba = shared / setB.size();
    return new double[] {Math.min(ab, ba), Math.max(ab, ba)};
  }

  private static int intersection(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String term : a) {
      shared += b.contains(term) ? 1 : 0;
    }
    return shared;
  }

  private static List<String> bigrams(List<String> tokens) {
    return java.util.stream.IntStream.range(1, tokens.size())
        .mapToObj(i -> tokens.get(i - 1) + " " + tokens.get(i))
        .toList();
  }

  private static double dice(Set<String> a, Set<String> b) {
    int total = a.size() + b.size();
    return total == 0 ? 1 : 2.0 * intersection(a, b) / total;
  }

  /**
   * Longest common subsequence of two token lists over the shorter length (dynamic programming).
   */
  static double lcsRatio(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int[] previous = new int[b.size() + 1];
    for (String x : a) {
      int[] current = new int[b.size() + 1];
      for (int j = 1; j <= b.size(); j++) {
        current[j] =
            x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      previous = current;
    }
    return (double) previous[b.size()] / Math.min(a.size(), b.size());
  }

  private static double lengthRatio(int a, int b) {
    return Math.max(a, b) == 0 ? 1 : (double) Math.min(a, b) / Math.max(a, b);
  }

  /** Returns the larger count of content stems of one sentence missing from the other. */
  private static int unmatchedMax(List<String> a, List<String> b) {
    Set<String> setA = new HashSet<>(a);
    Set<String> setB = new HashSet<>(b);
    int onlyA = setA.size() - intersection(setA, setB);
    int onlyB = setB.size() - intersection(setB, setA);
    return Math.max(onlyA, onlyB);
  }

  /** Returns |A Δ B| / |A ∪ B|, 0 when both are empty. */
  private static double unmatchedShare(Set<String> a, Set<String> b) {
    int shared = intersection(a, b);
    int union = a.size() + b.size() - shared;
    return union == 0 ? 0 : (double) (union - shared) / union;
  }
}
