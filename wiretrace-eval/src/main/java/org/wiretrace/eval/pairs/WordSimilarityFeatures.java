package org.wiretrace.eval.pairs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wiretrace.text.Token;

/**
 * Word-to-word semantic similarity of a sentence pair, from single-word vectors of the sentence
 * embedder itself, after Mihalcea, Corley and Strapparava ("Corpus-based and Knowledge-based Measures
 * of Text Semantic Similarity", AAAI 2006), without IDF weights. Experiment only ({@link
 * WordSimilarityExperiment}); the engine does not compute these.
 *
 * <p>Two content words are similar with 1 when they share a stem, 0 when either is a number and the
 * stems differ, else with the (non-negative) cosine of their vectors. Every feature is symmetric: a
 * directional value enters as the minimum and the maximum of its two directions.
 */
final class WordSimilarityFeatures {

  /** Feature names, in {@link #of} order. */
  static final List<String> NAMES = List.of(
      "word_align_min", "word_align_max", "word_greedy_min", "word_greedy_max",
      "unexplained_min", "unexplained_max", "unexplained_log");

  /**
   * One distinct content word of a sentence.
   *
   * @param stem its stem
   * @param surface the lower-cased original characters, the text that is embedded
   * @param number true for a number (never embedded; only an equal stem matches it)
   */
  record Word(String stem, String surface, boolean number) {}

  private WordSimilarityFeatures() {}

  /**
   * Returns the distinct (by stem) content words of a sentence, in text order.
   *
   * @param text the sentence
   * @param tokens its tokens
   * @return the words
   */
  static List<Word> contentWords(String text, List<Token> tokens) {
    List<Word> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Token t : tokens) {
      if (!t.stopword() && seen.add(t.stem())) {
        String surface = text.substring(t.span().start(), t.span().end()).toLowerCase(Locale.ROOT);
        out.add(new Word(t.stem(), surface, t.number()));
      }
    }
    return out;
  }

  /**
   * Computes the features of one pair.
   *
   * @param a one side's content words
   * @param b the other side's
   * @param vectors unit vectors by {@link Word#surface()}, for every word that is not a number
   * @param level the cosine from which an unmatched word counts as semantically matched
   * @return the vector, in {@link #NAMES} order
   */
  static double[] of(List<Word> a, List<Word> b, Map<String, float[]> vectors, double level) {
    double[][] sim = new double[a.size()][b.size()];
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        sim[i][j] = similarity(a.get(i), b.get(j), vectors);
      }
    }
    double[][] transposed = transpose(sim, a.size(), b.size());
    double ab = meanBest(sim);
    double ba = meanBest(transposed);
    double greedy = greedyOneToOne(sim, a.size(), b.size());
    int ua = unexplained(sim, b.size(), level);
    int ub = unexplained(transposed, a.size(), level);
    double sa = share(ua, a.size());
    double sb = share(ub, b.size());
    return new double[] {
      Math.min(ab, ba), Math.max(ab, ba),
      share(greedy, Math.max(a.size(), b.size())), share(greedy, Math.min(a.size(), b.size())),
      Math.min(sa, sb), Math.max(sa, sb), Math.log1p(Math.max(ua, ub))
    };
  }

  private static double similarity(Word x, Word y, Map<String, float[]> vectors) {
    if (x.stem().equals(y.stem())) {
      return 1;
    }
    if (x.number() || y.number()) {
      return 0;
    }
    return Math.max(0, TokenAlignment.dot(vectors.get(x.surface()), vectors.get(y.surface())));
  }

  private static double[][] transpose(double[][] sim, int rows, int cols) {
    double[][] t = new double[cols][rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        t[j][i] = sim[i][j];
      }
    }
    return t;
  }

  /** Mean over the rows of each row's best similarity among the columns; 0 when either is empty. */
  private static double meanBest(double[][] sim) {
    double sum = 0;
    for (double[] row : sim) {
      double best = 0;
      for (double s : row) {
        best = Math.max(best, s);
      }
      sum += best;
    }
    return sim.length == 0 || sim[0].length == 0 ? 0 : sum / sim.length;
  }

  /** Summed similarity of a greedy one-to-one word alignment, the most similar free pair first. */
  private static double greedyOneToOne(double[][] sim, int rows, int cols) {
    boolean[] usedRow = new boolean[rows];
    boolean[] usedCol = new boolean[cols];
    double sum = 0;
    for (int step = 0; step < Math.min(rows, cols); step++) {
      int bi = -1;
      int bj = -1;
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols && !usedRow[i]; j++) {
          if (!usedCol[j] && (bi < 0 || sim[i][j] > sim[bi][bj])) {
            bi = i;
            bj = j;
          }
        }
      }
      usedRow[bi] = true;
      usedCol[bj] = true;
      sum += sim[bi][bj];
    }
    return sum;
  }

  /**
   * Counts the rows with no shared stem among the columns and no semantic match (cosine at least
   * {@code level}) among the columns that are themselves without a shared stem.
   */
  private static int unexplained(double[][] sim, int cols, double level) {
    boolean[] colShared = new boolean[cols];
    for (double[] row : sim) {
      for (int j = 0; j < cols; j++) {
        colShared[j] |= row[j] >= 1;
      }
    }
    int count = 0;
    for (double[] row : sim) {
      boolean matched = false;
      for (int j = 0; j < cols; j++) {
        matched |= row[j] >= 1 || !colShared[j] && row[j] >= level;
      }
      count += matched ? 0 : 1;
    }
    return count;
  }

  private static double share(double part, int whole) {
    return whole == 0 ? 0 : part / whole;
  }
}
