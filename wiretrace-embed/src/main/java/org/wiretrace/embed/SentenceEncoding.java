package org.wiretrace.embed;

import java.util.List;

/**
 * One sentence as the transformer saw it: its word pieces, one contextual vector per word piece,
 * and the pooled sentence vector. Special tokens ({@code [CLS]}, {@code [SEP]}) are left out of
 * {@code tokens} and {@code tokenVectors} but take part in pooling, as in training.
 *
 * <p>Token vectors serve word-level soft matching between sentences (greedy cosine matching of
 * contextual embeddings, as in BERTScore, Zhang et al., ICLR 2020).
 *
 * @param tokens the word pieces, {@code ##}-prefixed when they continue a word
 * @param tokenVectors one L2-normalised vector per word piece
 * @param vector the L2-normalised sentence vector
 */
public record SentenceEncoding(List<String> tokens, float[][] tokenVectors, float[] vector) {

  /** Copies the token list and checks it matches the vectors. */
  public SentenceEncoding {
    tokens = List.copyOf(tokens);
    if (tokens.size() != tokenVectors.length) {
      throw new IllegalArgumentException(
          tokens.size() + " tokens but " + tokenVectors.length + " token vectors; they must match");
    }
  }
}
