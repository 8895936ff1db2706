package org.wiretrace.align;

import java.util.Arrays;
import java.util.List;
import org.wiretrace.internal.Hashing;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.text.Token;

/**
 * What alignment needs of one sentence, computed once per article: hashed content stems, word
 * bigrams, anchors, the quoted share and the sentence vector. Sets are sorted distinct
 * {@code long[]} so that overlaps are linear merges.
 *
 * @param indices the article sentence indices covered (one, or several for a merged passage)
 * @param span the covered characters in the article's original text
 * @param contentStems hashed stems of non-function words, numbers included
 * @param bigrams hashed pairs of adjacent normalised words, function words included
 * @param anchors hashed anchors (names and numbers)
 * @param quotedStems hashed content stems that occur inside quotation marks
 * @param numbers normalised numbers in order of appearance
 * @param wordCount number of tokens
 * @param vector the sentence vector (unit length)
 * @param sequence hashed content stems in text order (for word-level diffs)
 * @param sequenceSpans the spans of the {@code sequence} words in the article's original text
 * @param text the sentence's original characters (empty for a merged passage)
 * @param words the wording compared by the {@link SentencePairJudge}, function words included
 */
public record SentenceProfile(
    List<Integer> indices, Span span, long[] contentStems, long[] bigrams, long[] anchors,
    long[] quotedStems, List<String> numbers, int wordCount, float[] vector, long[] sequence,
    List<Span> sequenceSpans, String text, WordTerms words) {

  /** Copies the lists. */
  public SentenceProfile {
    indices = List.copyOf(indices);
    numbers = List.copyOf(numbers);
    sequenceSpans = List.copyOf(sequenceSpans);
  }

  /**
   * Creates a profile without function-word terms ({@link WordTerms#EMPTY}), e.g. for tests.
   *
   * @param indices the article sentence indices covered
   * @param span the covered characters
   * @param contentStems hashed content stems
   * @param bigrams hashed word bigrams
   * @param anchors hashed anchors
   * @param quotedStems hashed quoted content stems
   * @param numbers normalised numbers
   * @param wordCount number of tokens
   * @param vector the sentence vector
   * @param sequence hashed content stems in text order
   * @param sequenceSpans spans of the sequence words
   * @param text the original characters
   */
  public SentenceProfile(List<Integer> indices, Span span, long[] contentStems, long[] bigrams,
      long[] anchors, long[] quotedStems, List<String> numbers, int wordCount, float[] vector,
      long[] sequence, List<Span> sequenceSpans, String text) {
    this(indices, span, contentStems, bigrams, anchors, quotedStems, numbers, wordCount, vector,
        sequence, sequenceSpans, text, WordTerms.EMPTY);
  }

  /**
   * Builds the profile of one sentence.
   *
   * @param sentence the sentence
   * @param tokens its tokens
   * @param vector its vector
   * @return the profile
   */
  public static SentenceProfile of(Sentence sentence, List<Token> tokens, float[] vector) {
    long[] content = new long[tokens.size()];
    long[] sequence = new long[tokens.size()];
    List<Span> spans = new java.util.ArrayList<>();
    long[] quoted = new long[tokens.size()];
    long[] anchors = new long[tokens.size()];
    long[] bigrams = new long[Math.max(0, tokens.size() - 1)];
    int c = 0;
    int q = 0;
    int a = 0;
    List<String> numbers = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      long h = hash(t.stem());
      if (!t.stopword()) {
        sequence[c] = h;
        spans.add(t.span());
        content[c++] = h;
        if (t.quoted()) {
          quoted[q++] = h;
        }
      }
      if (t.anchor(i == 0)) {
        anchors[a++] = h;
      }
      if (t.number()) {
        numbers.add(t.norm());
      }
      if (i > 0) {
        bigrams[i - 1] = Hashing.mix64(hash(tokens.get(i - 1).norm()) * 31 + hash(t.norm()));
      }
    }
    return new SentenceProfile(List.of(sentence.index()), sentence.span(), set(content, c),
        set(bigrams, bigrams.length), set(anchors, a), set(quoted, q), numbers, tokens.size(), vector,
        Arrays.copyOf(sequence, c), spans, sentence.text(), WordTerms.of(tokens));
  }

  /**
   * Returns a profile covering this passage and another, as if they were one passage.
   *
   * @param other a neighbouring passage of the same article
   * @return the merged profile
   */
  public SentenceProfile merge(SentenceProfile other) {
    if (other.indices.getFirst() < indices.getFirst()) {
      return other.merge(this);
    }
    long[] seq = Arrays.copyOf(sequence, sequence.length + other.sequence.length);
    System.arraycopy(other.sequence, 0, seq, sequence.length, other.sequence.length);
    List<Span> seqSpans = new java.util.ArrayList<>(sequenceSpans);
    seqSpans.addAll(other.sequenceSpans);
    List<Integer> idx = new java.util.ArrayList<>(indices);
    idx.addAll(other.indices);
    idx.sort(null);
    List<String> nums = new java.util.ArrayList<>(numbers);
    nums.addAll(other.numbers);
    float[] v = new float[vector.length];
    for (int i = 0; i < v.length && i < other.vector.length; i++) {
      v[i] = vector[i] * wordCount + other.vector[i] * other.wordCount;
    }
    return new SentenceProfile(idx, span.union(other.span), union(contentStems, other.contentStems),
        union(bigrams, other.bigrams), union(anchors, other.anchors),
        union(quotedStems, other.quotedStems), nums, wordCount + other.wordCount, Vectors.normalize(v), seq, seqSpans, "",
        words.then(other.words));
  }

  /**
   * Returns the share of this passage's content stems that occur inside quotation marks.
   *
   * @return a share in [0, 1]
   */
  public double quotedShare() {
    return contentStems.length == 0 ? 0 : quotedStems.length / (double) contentStems.length;
  }

  static long hash(String s) {
    return Hashing.mix64(s.hashCode() + 0x51ed27L);
  }

  private static long[] set(long[] values, int n) {
    long[] copy = Arrays.copyOf(values, n);
    Arrays.sort(copy);
    int m = 0;
    for (int i = 0; i < copy.length; i++) {
      if (i == 0 || copy[i] != copy[i - 1]) {
        copy[m++] = copy[i];
      }
    }
    return Arrays.copyOf(copy, m);
  }

  /**
   * Returns the union of two sorted distinct sets.
   *
   * @param a a sorted set
   * @param b a sorted set
   * @return {@code a ∪ b}, sorted
   */
  public static long[] union(long[] a, long[] b) {
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return set(all, all.length);
  }

  /**
   * Returns the intersection of two sorted distinct sets.
   *
   * @param a a sorted set
   * @param b a sorted set
   * @return {@code a ∩ b}, sorted
   */
  public static long[] intersect(long[] a, long[] b) {
    long[] out = new long[Math.min(a.length, b.length)];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        out[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Returns the size of the intersection of two sorted distinct sets.
   *
   * @param a a sorted set
   * @param b a sorted set
   * @return {@code |a ∩ b|}
   */
  public static int overlap(long[] a, long[] b) {
    int na = a.length;
    int nb = b.length;
    if (na == 0 || nb == 0 || a[0] > b[nb - 1] || b[0] > a[na - 1]) {
      return 0;
    }
    // A merge without branches on the comparisons (they are unpredictable for hashed values): the
    // aligner counts such intersections for every sentence pair of every candidate pair.
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < na && j < nb) {
      long x = a[i];
      long y = b[j];
      n += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += x >= y ? 1 : 0;
    }
    return n;
  }
}
