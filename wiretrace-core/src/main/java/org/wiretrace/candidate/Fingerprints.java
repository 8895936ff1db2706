package org.wiretrace.candidate;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a {@link CandidateIndex} keeps of one article to find its possible copies: opaque string
 * terms (LSH band keys, anchor shingles, ...; made by core code) and sentence vectors.
 *
 * @param terms index terms; two articles sharing terms are candidates
 * @param sentenceVectors one unit vector per body sentence (may be empty when no embedder is used)
 * @param paramsStamp the sketch parameters that made the terms, e.g. {@code minhash:k5:p128:s42:b32x4};
 *     an index refuses fingerprints whose stamp differs from its own
 */
public record Fingerprints(SortedSet<String> terms, List<float[]> sentenceVectors, String paramsStamp) {

  /** Copies the collections. */
  public Fingerprints {
    terms = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(terms));
    sentenceVectors = List.copyOf(sentenceVectors);
    Objects.requireNonNull(paramsStamp, "paramsStamp");
  }
}
