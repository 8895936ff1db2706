package org.wiretrace.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.wiretrace.internal.Hashing;
import org.jspecify.annotations.Nullable;
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
    this.seed = seed;
  }

  /**
   * Returns the anchors of one sentence's tokens: distinct stems, in first-seen order, capped.
   *
   * @param sentence the sentence's tokens
   * @return the anchor stems
   */
  public static List<String> anchors(List<Token> sentence) {
    List<String> anchors = new ArrayList<>();
    for (int i = 0; i < sentence.size() && anchors.size() < MAX_ANCHORS; i++) {
      Token t = sentence.get(i);
      if (t.anchor(i == 0) && !anchors.contains(t.stem())) {
        anchors.add(t.stem());
      }
    }
    return anchors;
  }

  /**
   * Adds the anchor-pair terms of one sentence.
   *
   * @param sentence the sentence's tokens
   * @param terms where to add {@code a:<hex>} terms
   */
  public void anchorPairs(List<Token> sentence, TreeSet<String> terms) {
    List<String> anchors = anchors(sentence);
    for (int i = 0; i < anchors.size(); i++) {
      for (int j = i + 1; j < anchors.size(); j++) {
        String a = anchors.get(i);
        String b = anchors.get(j);
        String pair = a.compareTo(b) < 0 ? a + '|' + b : b + '|' + a;
        terms.add("a:" + Long.toHexString(Hashing.hash64(pair, seed)));
      }
    }
  }

  /**
   * Adds the spot-signature terms of one sentence.
   *
   * @param sentence the sentence's tokens
   * @param terms where to add {@code s:<hex>} terms
   */
  public void spotSignatures(List<Token> sentence, TreeSet<String> terms) {
    for (int i = 0; i < sentence.size(); i++) {
      if (Stopwords.antecedent(sentence.get(i).norm())) {
        String chain = chain(sentence, i);
        if (chain != null) {
          terms.add("s:" + Long.toHexString(Hashing.hash64(chain, seed)));
        }
      }
    }
  }

  private static @Nullable String chain(List<Token> sentence, int at) {
    StringBuilder chain = new StringBuilder(sentence.get(at).norm());
    int found = 0;
    for (int j = at + 1; j < sentence.size() && j <= at + SPOT_MAX_DISTANCE && found < SPOT_CHAIN; j++) {
      Token t = sentence.get(j);
      if (!t.stopword()) {
        chain.append('|').append(t.stem());
        found++;
      }
    }
    return found == SPOT_CHAIN ? chain.toString() : null;
  }
}
