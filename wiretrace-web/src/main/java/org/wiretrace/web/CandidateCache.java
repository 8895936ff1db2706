package org.wiretrace.web;

import java.io.IOException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.wiretrace.candidate.InMemoryCandidateIndex;
import org.wiretrace.model.Article;

/**
 * An in-memory candidate index over the stored articles, for servers configured without one: built
 * on the first trace (one analysis per article, linear in the store, unlike the pairwise story
 * analysis) and rebuilt after the store changes, when the engine's per-article cache makes it cheap.
 */
final class CandidateCache {

  private final Services services;
  private @Nullable InMemoryCandidateIndex index;
  private String key = "";

  CandidateCache(Services services) {
    this.services = services;
  }

  /**
   * Returns the index for the current store, building it when the store changed.
   *
   * @return the index
   * @throws IOException when the store cannot be read
   */
  synchronized InMemoryCandidateIndex index() throws IOException {
    String current = services.storeVersion() + "/" + services.store().count();
    if (index == null || !current.equals(key)) {
      index = build();
      key = current;
    }
    return index;
  }

  private InMemoryCandidateIndex build() throws IOException {
    InMemoryCandidateIndex fresh = new InMemoryCandidateIndex();
    try (Stream<Article> all = services.store().all()) {
      for (Article a : (Iterable<Article>) all.limit(services.config().maxTraceCandidates())::iterator) {
        fresh.put(a.id(), services.detector().fingerprints(a));
      }
    }
    return fresh;
  }
}
