package org.wiretrace.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SentenceEmbedder} that asks an {@link EmbeddingCache} first and embeds only the missing
 * sentences, storing them afterwards. Results equal the wrapped embedder's. Thread-safe when the
 * embedder and the cache are.
 */
public final class CachingEmbedder implements SentenceEmbedder {

  private final SentenceEmbedder delegate;
  private final EmbeddingCache cache;

  /**
   * Wraps an embedder.
   *
   * @param delegate the embedder that computes missing vectors
   * @param cache where vectors are kept
   */
  public CachingEmbedder(SentenceEmbedder delegate, EmbeddingCache cache) {
    this.delegate = delegate;
    this.cache = cache;
  }

  /**
   * Returns the embedder a detector on a store should use: the given one through the cache, except
   * when there is no cache or the embedder is the {@link LexicalEmbedder}, which embeds the tokens an
   * analysis makes anyway faster than a cache lookup (a hash of the text and an index seek per
   * sentence) and gives the same vectors ({@link LexicalEmbedder#embedTokens}).
   *
   * @param embedder the embedder
   * @param cache where vectors are kept, or null for none
   * @return the embedder itself, or it wrapped in a caching one
   */
  public static SentenceEmbedder over(SentenceEmbedder embedder, @Nullable EmbeddingCache cache) {
    return cache == null || embedder instanceof LexicalEmbedder ? embedder : new CachingEmbedder(embedder, cache);
  }

  @Override
  public String modelName() {
    return delegate.modelName();
  }

  @Override
  public int dimensions() {
    return delegate.dimensions();
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    Map<String, float[]> known = new LinkedHashMap<>(cache.get(modelName(), texts));
    List<String> missing = missing(texts, known);
    if (!missing.isEmpty()) {
      List<float[]> computed = delegate.embed(missing);
      Map<String, float[]> fresh = new LinkedHashMap<>();
      for (int i = 0; i < missing.size(); i++) {
        fresh.put(missing.get(i), computed.get(i));
      }
      cache.put(modelName(), fresh);
      known.putAll(fresh);
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(known.get(text));
    }
    return out;
  }

  private static List<String> missing(List<String> texts, Map<String, float[]> known) {
    Set<String> missing = new LinkedHashSet<>();
    for (String text : texts) {
      if (!known.containsKey(text)) {
        missing.add(text);
      }
    }
    return List.copyOf(missing);
  }
}
