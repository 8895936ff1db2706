package org.wiretrace.sketch;

import java.util.List;
import java.util.function.LongConsumer;
import org.wiretrace.internal.Hashing;
import org.wiretrace.text.Stopwords;
import org.wiretrace.text.Token;

/**
 * Paraphrase-robust fingerprints: anchor pairs and spot signatures of sentences.
 *
 * <p><b>Anchor pairs.</b> Spinners and rewriters swap content words for synonyms and reorder
 * clauses, but they keep names and numbers: "Putin … Xi … Kremlin … Monday … 4-1/2". An anchor is a
 * number or a capitalised non-initial word that is not a function word. Each unordered pair of
 * distinct anchors inside one sentence becomes a term {@code a:<hex>}; order inside the sentence is
 * ignored so that moved clauses still match. Pairs rather than single anchors keep the terms
 * specific enough for a large index (a single "Putin" matches everything about Russia); at most
 * {@value #MAX_ANCHORS} anchors per sentence are used, bounding terms to 28 per sentence.
 *
 * <p><b>Spot signatures</b> (Theobald, Siddharth and Paepcke, "SpotSigs: robust and efficient near
 * duplicate detection in large web collections", SIGIR 2008): each occurrence of an antecedent
 * (a frequent function word such as "the", "was", "said") is followed by the stems of the next
 * {@value #SPOT_CHAIN} content words, giving a term {@code s:<hex>}. They tolerate inserted
 * sentences and boilerplate, and catch edited copies whose 5-gram shingles are broken by light
 * edits. Both kinds are verified later by alignment, so false candidates cost time, never accuracy.
 *
 * <p>Terms are produced as 64-bit hashes (no strings in the hot loop); {@link #term} renders one.
 * Thread-safe.
 */
public final class AnchorSketcher {

  /** Most anchors used per sentence. */
  public static final int MAX_ANCHORS = 8;
  /** Content words after an antecedent in a spot signature. */
  public static final int SPOT_CHAIN = 2;
  private static final int SPOT_MAX_DISTANCE = 4;

  private final long seed;

  /**
   * Creates a sketcher.
   *
   * @param seed hash seed
   */
  public AnchorSketcher(long seed) {
    this.seed = Hashing.mix64(seed);
  }

  /**
   * Renders a term hash as an index term.
   *
   * @param prefix the tier, {@code a} for anchor pairs or {@code s} for spot signatures
   * @param hash the term hash
   * @return e.g. {@code a:1f3c…}
   */
  public static String term(char prefix, long hash) {
    return prefix + ":" + Long.toHexString(hash);
  }

  /**
   * Returns the anchors of one sentence: distinct stem hashes, in first-seen order, capped.
   *
   * @param sentence the sentence's tokens
   * @return the anchor hashes
   */
  public static long[] anchors(List<Token> sentence) {
    long[] anchors = new long[MAX_ANCHORS];
    int n = 0;
    for (int i = 0; i < sentence.size() && n < MAX_ANCHORS; i++) {
      Token t = sentence.get(i);
      if (t.anchor(i == 0) && !contains(anchors, n, t.stemHash())) {
        anchors[n++] = t.stemHash();
      }
    }
    return java.util.Arrays.copyOf(anchors, n);
  }

  /**
   * Emits the anchor-pair term hashes of one sentence.
   *
   * @param sentence the sentence's tokens
   * @param out receives one hash per unordered anchor pair
   */
  public void anchorPairs(List<Token> sentence, LongConsumer out) {
    long[] anchors = anchors(sentence);
    for (int i = 0; i < anchors.length; i++) {
      for (int j = i + 1; j < anchors.length; j++) {
        long lo = Math.min(anchors[i], anchors[j]);
        long hi = Math.max(anchors[i], anchors[j]);
        out.accept(Hashing.mix64(Hashing.mix64(lo ^ seed) * 31 + hi));
      }
    }
  }

  /**
   * Emits the spot-signature term hashes of one sentence.
   *
   * @param sentence the sentence's tokens
   * @param out receives one hash per antecedent followed by enough content words
   */
  public void spotSignatures(List<Token> sentence, LongConsumer out) {
    for (int i = 0; i < sentence.size(); i++) {
      if (Stopwords.antecedent(sentence.get(i).norm())) {
        chain(sentence, i, out);
      }
    }
  }

  private void chain(List<Token> sentence, int at, LongConsumer out) {
    long h = Hashing.mix64(sentence.get(at).stemHash() ^ seed);
    int found = 0;
    for (int j = at + 1; j < sentence.size() && j <= at + SPOT_MAX_DISTANCE && found < SPOT_CHAIN; j++) {
      Token t = sentence.get(j);
      if (!t.stopword()) {
        h = Hashing.mix64(h * 31 + t.stemHash());
        found++;
      }
    }
    if (found == SPOT_CHAIN) {
      out.accept(h);
    }
  }

  private static boolean contains(long[] values, int n, long v) {
    for (int i = 0; i < n; i++) {
      if (values[i] == v) {
        return true;
      }
    }
    return false;
  }
}
