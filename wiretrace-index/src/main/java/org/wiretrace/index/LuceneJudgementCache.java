package org.wiretrace.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.wiretrace.detect.PairJudgements;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;

/**
 * The {@link PairJudgements} kept in a Lucene index: one document per judged article pair, keyed by
 * the detector's judgement key, holding the relation as JSON (an empty value when the story-only check
 * found none, the one byte {@code U} for an UNRELATED relation, kept by its kind alone as
 * {@link PairJudgements} allows: most candidate pairs are unrelated, and their alignments, which nothing
 * shows, made most of the store and of the time spent reading judgements back). A second {@code report} of an unchanged store, and {@code serve}, read what the first
 * judged instead of aligning every candidate pair again.
 *
 * <p>New judgements are committed (and become visible) when a put comes at least
 * {@link LuceneEmbeddingCache#COMMIT_INTERVAL_NANOS 5 s} after the last commit, and on close: within
 * one run each pair is judged once anyway, and a crash loses only work to redo, never a stored article. A value that cannot be read back (written by another Wiretrace) counts
 * as not remembered. A read-only store, or one without this index (made by an older Wiretrace), recalls
 * what it has and ignores new judgements. Thread-safe.
 */
public final class LuceneJudgementCache implements PairJudgements, AutoCloseable {

  /** The stored value of an UNRELATED judgement (JSON values start with '{'). */
  private static final byte UNRELATED = 'U';

  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final @Nullable SubIndex index;
  private long lastCommit = System.nanoTime();
  private boolean dirty;

  LuceneJudgementCache(@Nullable SubIndex index) {
    this.index = index;
  }

  @Override
  public @Nullable Remembered recall(String key) {
    if (index == null) {
      return null;
    }
    try {
      IndexSearcher searcher = index.acquire();
      try {
        return lookup(searcher, key);
      } finally {
        index.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pair judgements '" + index.path() + "'", e);
    }
  }

  private static @Nullable Remembered lookup(IndexSearcher searcher, String key) throws IOException {
    int hit = KeyedDocs.first(searcher, StoreSchema.CACHE_KEY, key);
    if (hit == KeyedDocs.NONE) {
      return null;
    }
    Document doc = searcher.storedFields().document(hit, Set.of(StoreSchema.JUDGEMENT));
    IndexableField field = doc.getField(StoreSchema.JUDGEMENT);
    return field == null ? null : decode(field.binaryValue());
  }

  private static @Nullable Remembered decode(BytesRef bytes) {
    if (bytes.length == 0) {
      return new Remembered(null);
    }
    if (bytes.length == 1 && bytes.bytes[bytes.offset] == UNRELATED) {
      return Remembered.UNRELATED;
    }
    try {
      return new Remembered(JSON.readValue(bytes.bytes, bytes.offset, bytes.length, Relation.class));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public void remember(String key, @Nullable Relation relation) {
    if (index == null || index.readOnly()) {
      return;
    }
    try {
      index.writer().updateDocument(new Term(StoreSchema.CACHE_KEY, key), document(key, encode(relation)));
      afterPut();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the pair judgements '" + index.path() + "'", e);
    }
  }

  private static byte[] encode(@Nullable Relation relation) {
    if (relation == null) {
      return new byte[0];
    }
    if (relation.kind() == RelationKind.UNRELATED) {
      return new byte[] {UNRELATED};
    }
    try {
      return JSON.writeValueAsString(relation).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a relation could not be written as JSON: " + e.getMessage(), e);
    }
  }

  private synchronized void afterPut() throws IOException {
    dirty = true;
    if (System.nanoTime() - lastCommit >= LuceneEmbeddingCache.COMMIT_INTERVAL_NANOS) {
      commit();
    }
  }

  /** Commits, so that what was remembered is durable and recalled from now on. */
  @Override
  public void flush() {
    try {
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the pair judgements '" + index.path() + "'", e);
    }
  }

  /**
   * Commits judgements not yet committed.
   *
   * @throws IOException when the commit fails
   */
  public synchronized void commit() throws IOException {
    if (dirty && index != null && !index.readOnly()) {
      index.commit();
      dirty = false;
      lastCommit = System.nanoTime();
    }
  }

  /**
   * Returns the number of remembered judgements.
   *
   * @return the count
   * @throws IOException when the index cannot be read
   */
  public int count() throws IOException {
    if (index == null) {
      return 0;
    }
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      index.release(searcher);
    }
  }

  private static Document document(String key, byte[] value) {
    Document doc = new Document();
    doc.add(new StringField(StoreSchema.CACHE_KEY, key, Field.Store.NO));
    doc.add(new StoredField(StoreSchema.JUDGEMENT, value));
    return doc;
  }

  /**
   * Commits pending judgements, then closes the index.
   *
   * @throws IOException when committing or closing fails
   */
  @Override
  public void close() throws IOException {
    if (index == null) {
      return;
    }
    try (index) {
      commit();
    }
  }
}
