package org.wiretrace.index;

import org.wiretrace.candidate.CandidateIndex.Hit;
import org.wiretrace.model.ArticleId;

/** What the two tiers found for one stored article during one search. */
final class HitTally {

  int sharedTerms;
  int vectorMatches;
  float bestVectorScore;

  /**
   * Returns the hit for this tally.
   *
   * @param id the stored article id
   * @return the hit
   */
  Hit toHit(String id) {
    return new Hit(ArticleId.of(id), sharedTerms, vectorMatches, bestVectorScore);
  }
}
