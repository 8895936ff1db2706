package org.wiretrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.wiretrace.align.EmbeddingCache;
import org.wiretrace.internal.Hashing;

/**
 * The {@link EmbeddingCache} kept in a Lucene index: one document per (model, sentence text), keyed
 * by the model name and the SHA-256 of the text, holding the vector as little-endian float bytes.
 *
 * <p>New vectors are visible to {@link #get} at once. They are committed when a put comes at least
 * {@link #COMMIT_INTERVAL_NANOS 5 s} after the last commit, and on close: losing the last seconds of
 * a cache in a crash costs only re-embedding, while a commit per put would cost an fsync each time.
 * A read-only store ignores puts. Thread-safe.
 */
public final class LuceneEmbeddingCache implements EmbeddingCache, AutoCloseable {

  /** Least time between two commits triggered by puts. */
  static final long COMMIT_INTERVAL_NANOS = 5_000_000_000L;

  private final SubIndex index;
  private long lastCommit = System.nanoTime();
  private boolean dirty;

  LuceneEmbeddingCache(SubIndex index) {
    this.index = index;
  }

  @Override
  public Map<String, float[]> get(String model, List<String> texts) {
    try {
      IndexSearcher searcher = index.acquire();
      try {
        return lookup(searcher, model, texts);
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding cache '" + index.path() + "'", e);
    }
  }

  /**
   * Looks the distinct texts up on all cores (a hash and a term seek each, thousands per batch of
   * articles), then collects what was found in the texts' order, so the result does not depend on the
   * threads.
   */
  private static Map<String, float[]> lookup(IndexSearcher searcher, String model, List<String> texts)
      throws IOException {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(texts));
    List<float @Nullable []> vectors;
    try {
      vectors = distinct.parallelStream().map(text -> uncheckedVector(searcher, key(model, text))).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Map<String, float[]> found = new LinkedHashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      if (vectors.get(i) != null) {
        found.put(distinct.get(i), vectors.get(i));
      }
    }
    return found;
  }

  private static float @Nullable [] uncheckedVector(IndexSearcher searcher, String key) {
    try {
      return vector(searcher, key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float @Nullable [] vector(IndexSearcher searcher, String key) throws IOException {
    int hit = KeyedDocs.first(searcher, StoreSchema.CACHE_KEY, key);
    if (hit == KeyedDocs.NONE) {
      return null;
    }
    Document doc = searcher.storedFields().document(hit, Set.of(StoreSchema.CACHE_VECTOR));
    IndexableField field = doc.getField(StoreSchema.CACHE_VECTOR);
    return decode(field.binaryValue());
  }

  /**
   * Returns the cache key of a sentence for a model.
   *
   * @param model the embedder's model name
   * @param text the sentence text
   * @return model name, a NUL, and the SHA-256 hex of the text
   */
  static String key(String model, String text) {
    return model + '\u0000' + Hashing.sha256Hex(text);
  }

  @Override
  public void put(String model, Map<String, float[]> vectors) {
    if (index.readOnly() || vectors.isEmpty()) {
      return;
    }
    try {
      Map<String, float[]> known = get(model, List.copyOf(vectors.keySet()));
      for (Map.Entry<String, float[]> e : vectors.entrySet()) {
        if (!known.containsKey(e.getKey())) {
          index.writer().updateDocument(new Term(StoreSchema.CACHE_KEY, key(model, e.getKey())),
              document(key(model, e.getKey()), e.getValue()));
        }
      }
      afterPut();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write embedding cache '" + index.path() + "'", e);
    }
  }

  private synchronized void afterPut() throws IOException {
    dirty = true;
    if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL_NANOS) {
      commit();
    } else {
      index.refresh();
    }
  }

  /**
   * Commits cached vectors not yet committed.
   *
   * @throws IOException when the commit fails
   */
  public synchronized void commit() throws IOException {
    if (dirty && !index.readOnly()) {
      index.commit();
      dirty = false;
      lastCommit = System.nanoTime();
    }
  }

  /**
   * Returns the number of cached vectors.
   *
   * @return the count
   * @throws IOException when the cache cannot be read
   */
  public int count() throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      index.release(searcher);
    }
  }

  private static Document document(String key, float[] vector) {
    Document doc = new Document();
    doc.add(new StringField(StoreSchema.CACHE_KEY, key, Field.Store.NO));
    doc.add(new StoredField(StoreSchema.CACHE_VECTOR, encode(vector)));
    return doc;
  }

  private static byte[] encode(float[] vector) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(vector);
    return bytes.array();
  }

  private static float[] decode(BytesRef bytes) {
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer().get(vector);
    return vector;
  }

  /**
   * Commits pending vectors, then closes the index.
   *
   * @throws IOException when committing or closing fails
   */
  @Override
  public void close() throws IOException {
    try (index) {
      commit();
    }
  }
}
