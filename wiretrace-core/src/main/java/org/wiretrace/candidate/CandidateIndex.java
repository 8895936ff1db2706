package org.wiretrace.candidate;

import java.io.IOException;
import java.util.List;
import org.wiretrace.model.ArticleId;

/**
 * Port: finds stored articles that may share text with a query article, without comparing all
 * pairs. Terms give the lexical tiers (MinHash LSH bands, anchor shingles); vectors give the
 * semantic tier (approximate nearest neighbours over sentence embeddings). The Lucene adapter keeps
 * both on disk; {@link InMemoryCandidateIndex} serves tests and the Spark job.
 */
public interface CandidateIndex extends AutoCloseable {

  /**
   * A stored article that matched the query.
   *
   * @param id the stored article
   * @param sharedTerms how many query terms it holds
   * @param vectorMatches how many query sentences had it among their nearest neighbours
   * @param bestVectorScore the highest sentence cosine seen for it (0 when none)
   */
  record Hit(ArticleId id, int sharedTerms, int vectorMatches, float bestVectorScore) {}

  /**
   * Stores or replaces an article's fingerprints.
   *
   * @param id the article
   * @param fingerprints its terms and vectors
   * @throws IOException when the index cannot be written
   * @throws IllegalArgumentException when the params stamp differs from the index's
   */
  void put(ArticleId id, Fingerprints fingerprints) throws IOException;

  /**
   * Returns candidates for a query, best first (most shared terms, then vector matches, then id).
   *
   * @param query the query's fingerprints
   * @param termLimit most hits to return from the term tiers
   * @param neighboursPerSentence nearest sentences to look up per query vector
   * @return hits, the query's own id included if stored
   * @throws IOException when the index cannot be read
   */
  List<Hit> search(Fingerprints query, int termLimit, int neighboursPerSentence) throws IOException;

  @Override
  void close() throws IOException;
}
