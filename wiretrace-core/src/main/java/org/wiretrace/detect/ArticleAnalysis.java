package org.wiretrace.detect;

import java.util.List;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.model.Article;
import org.wiretrace.provenance.SourceSide;
import org.wiretrace.sketch.MinHashSignature;

/**
 * Everything the detector computes once per article: sentence profiles (tokens, stems, anchors,
 * vectors), the MinHash signature, the index fingerprints and story features.
 *
 * @param article the article
 * @param body profiles of the body sentences (headings skipped), in order
 * @param signature MinHash signature of the body's word shingles
 * @param fingerprints index terms and sentence vectors
 * @param entities hashed names of the article (anchors that are not numbers), sorted distinct
 * @param centroid mean of the body sentence vectors, unit length
 * @param leadNames hashed names of the first body sentence, as {@code entities} counts them, sorted
 *     distinct (empty when the article has no body)
 */
record ArticleAnalysis(
    Article article, List<SentenceProfile> body, MinHashSignature signature,
    Fingerprints fingerprints, long[] entities, float[] centroid, long[] leadNames) {

  /**
   * Returns the article as direction evidence sees it.
   *
   * @return the side
   */
  SourceSide side() {
    return new SourceSide(article, body);
  }
}
