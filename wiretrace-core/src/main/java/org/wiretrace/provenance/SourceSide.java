package org.wiretrace.provenance;

import java.util.List;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.model.Article;

/**
 * One article of a pair as direction evidence sees it: the article and its body sentence profiles.
 *
 * @param article the article
 * @param body profiles of its body sentences, in order
 */
public record SourceSide(Article article, List<SentenceProfile> body) {

  /** Copies the list. */
  public SourceSide {
    body = List.copyOf(body);
  }

  /**
   * Returns the profile of a sentence index, or null when it is not a body sentence.
   *
   * @param sentenceIndex an index into {@link Article#sentences()}
   * @return the profile or null
   */
  public @org.jspecify.annotations.Nullable SentenceProfile profile(int sentenceIndex) {
    for (SentenceProfile p : body) {
      if (p.indices().getFirst() == sentenceIndex) {
        return p;
      }
    }
    return null;
  }
}
