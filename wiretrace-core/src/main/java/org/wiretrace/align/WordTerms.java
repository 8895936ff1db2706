package org.wiretrace.align;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.wiretrace.internal.Hashing;
import org.wiretrace.text.Token;

/**
 * The wording of a sentence that the {@link SentencePairJudge} compares, function words included,
 * computed once per sentence: stem n-grams for a BLEU-like precision, the distinct stems, character
 * trigrams of the normalised words and the count of negations. N-gram arrays are sorted with
 * repeats kept, so clipped n-gram matches are linear merges.
 *
 * @param ngrams {@code ngrams[n-1]}: hashed stem n-grams, n = 1..{@value #ORDER}, sorted, repeats kept
 * @param stems hashed stems in text order
 * @param stemSet the distinct hashed stems, sorted
 * @param trigrams hashed character trigrams of the normalised words, sorted distinct
 * @param negations number of negation words
 */
public record WordTerms(long[][] ngrams, long[] stems, long[] stemSet, long[] trigrams, int negations) {

  /** The highest n-gram order. */
  public static final int ORDER = 4;

  /** No words. */
  public static final WordTerms EMPTY = new WordTerms(new long[ORDER][0], new long[0], new long[0], new long[0], 0);

  private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "none", "nobody", "nothing",
      "neither", "nor", "without", "cannot", "dont", "didnt", "doesnt", "isnt", "arent", "wasnt",
      "werent", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt");

  /**
   * Computes the terms of one sentence.
   *
   * @param tokens its tokens
   * @return the terms
   */
  public static WordTerms of(List<Token> tokens) {
    long[] stems = new long[tokens.size()];
    StringBuilder text = new StringBuilder();
    int negations = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      stems[i] = SentenceProfile.hash(t.stem());
      text.append(' ').append(t.norm());
      negations += NEGATIONS.contains(t.norm()) ? 1 : 0;
    }
    return new WordTerms(ngrams(stems), stems, SentenceProfile.union(stems, new long[0]),
        trigrams(text.append(' ')), negations);
  }

  /**
   * Returns the terms of this passage followed by another.
   *
   * @param next the following passage
   * @return the joined terms
   */
  public WordTerms then(WordTerms next) {
    long[] joined = Arrays.copyOf(stems, stems.length + next.stems.length);
    System.arraycopy(next.stems, 0, joined, stems.length, next.stems.length);
    return new WordTerms(ngrams(joined), joined, SentenceProfile.union(stemSet, next.stemSet),
        SentenceProfile.union(trigrams, next.trigrams),
        negations + next.negations);
  }

  private static long[][] ngrams(long[] stems) {
    long[][] out = new long[ORDER][];
    for (int n = 1; n <= ORDER; n++) {
      long[] grams = new long[Math.max(0, stems.length - n + 1)];
      for (int i = 0; i < grams.length; i++) {
        long h = n;
        for (int k = 0; k < n; k++) {
          h = Hashing.mix64(h * 31 + stems[i + k]);
        }
        grams[i] = h;
      }
      Arrays.sort(grams);
      out[n - 1] = grams;
    }
    return out;
  }

  private static long[] trigrams(CharSequence text) {
    long[] grams = new long[Math.max(0, text.length() - 2)];
    for (int i = 0; i < grams.length; i++) {
      grams[i] = Hashing.mix64(((long) text.charAt(i) << 32) ^ ((long) text.charAt(i + 1) << 16) ^ text.charAt(i + 2));
    }
    return SentenceProfile.union(grams, new long[0]);
  }
}
