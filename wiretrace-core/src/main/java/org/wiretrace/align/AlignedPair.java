package org.wiretrace.align;

import java.util.List;
import java.util.Objects;
import org.wiretrace.model.Span;

/**
 * One aligned passage pair: one or more source sentences and one or more derived sentences that say
 * the same thing (1:1, 1:n when the derived split a sentence, n:1 when it merged sentences).
 *
 * @param sourceSentences source sentence indices, ascending
 * @param derivedSentences derived sentence indices, ascending
 * @param sourceSpan the source passage in the source article's original text
 * @param derivedSpan the derived passage in the derived article's original text
 * @param type how closely the wording follows
 * @param score combined similarity in [0, 1]
 * @param lexical content-stem overlap
 * @param semantic vector cosine
 * @param quotedShare share of the shared content words that are inside quotation marks on either side
 */
public record AlignedPair(
    List<Integer> sourceSentences, List<Integer> derivedSentences, Span sourceSpan, Span derivedSpan,
    AlignmentType type, double score, double lexical, double semantic, double quotedShare) {

  /** Copies the lists. */
  public AlignedPair {
    sourceSentences = List.copyOf(sourceSentences);
    derivedSentences = List.copyOf(derivedSentences);
    Objects.requireNonNull(type, "type");
  }

  /**
   * Returns the same pair seen from the other side.
   *
   * @return the pair with source and derived swapped
   */
  public AlignedPair swap() {
    return new AlignedPair(derivedSentences, sourceSentences, derivedSpan, sourceSpan, type, score,
        lexical, semantic, quotedShare);
  }
}
