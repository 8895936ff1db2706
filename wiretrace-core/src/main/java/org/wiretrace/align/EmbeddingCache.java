package org.wiretrace.align;

import java.util.List;
import java.util.Map;

/**
 * Port: keeps sentence vectors between runs so stored articles are not embedded twice. Keys are the
 * embedder's {@link SentenceEmbedder#modelName()} plus the exact sentence text. The Lucene adapter in
 * {@code wiretrace-index} persists it. Implementations are thread-safe.
 */
public interface EmbeddingCache {

  /**
   * Returns the cached vectors for those texts that have one.
   *
   * @param model the embedder's model name
   * @param texts sentence texts
   * @return vectors by text, only for cached texts
   */
  Map<String, float[]> get(String model, List<String> texts);

  /**
   * Stores vectors.
   *
   * @param model the embedder's model name
   * @param vectors vectors by sentence text
   */
  void put(String model, Map<String, float[]> vectors);
}
