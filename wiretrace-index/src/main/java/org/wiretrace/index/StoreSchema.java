package org.wiretrace.index;

/**
 * Names shared by the store's Lucene indexes: sub-directories, field names, commit user-data keys
 * and the schema version. Bump {@link #VERSION} whenever a field or an encoding changes, so that
 * an old store is refused with a clear message instead of being misread.
 */
final class StoreSchema {

  /**
   * Version of the on-disk layout written by this code. 2: articles read from a folder are keyed by
   * their path relative to that folder ({@code sport/001}), where version 1 used the bare file name;
   * the two id styles must not mix in one store.
   */
  static final int VERSION = 2;

  /** Why a store of an older version cannot be read, by version; empty when nothing specific. */
  static String whyOlderRefused(String version) {
    return "1".equals(version)
        ? " (version 1 keyed articles from folders by file name only; now they are keyed by their path"
            + " relative to the folder, e.g. sport/001)"
        : "";
  }

  /** Commit user-data key holding {@link #VERSION}. */
  static final String KEY_SCHEMA = "wiretrace.schema";
  /** Commit user-data key naming which index of the store this is. */
  static final String KEY_KIND = "wiretrace.kind";
  /** Commit user-data key holding the sketch params stamp (candidate index). */
  static final String KEY_PARAMS = "wiretrace.params";

  /** Sub-directory and kind of the article index. */
  static final String ARTICLES = "articles";
  /** Sub-directory and kind of the candidate index. */
  static final String CANDIDATES = "candidates";
  /** Sub-directory and kind of the embedding cache. */
  static final String EMBEDDINGS = "embeddings";
  /** Sub-directory and kind of the pair-judgement index (absent in stores of older builds). */
  static final String JUDGEMENTS = "judgements";

  /** Stored relation JSON of a judgement (empty: none). */
  static final String JUDGEMENT = "judgement";

  /** Article id: indexed keyword, sorted doc values. */
  static final String ID = "id";
  /** Outlet name: indexed keyword, sorted doc values. */
  static final String OUTLET = "outlet";
  /** Published instant in epoch milliseconds: point + numeric doc values. */
  static final String PUBLISHED = "published";
  /** Number of sentences: numeric doc values. */
  static final String SENTENCE_COUNT = "sentenceCount";
  /** Stripped chrome kinds, one value per stripped line: sorted-numeric doc values (ordinals). */
  static final String CHROME = "chrome";
  /** Stored original text. */
  static final String TEXT = "text";
  /** Stored metadata JSON (see {@link ArticleCodec}). */
  static final String META = "meta";
  /** Stored origin. */
  static final String ORIGIN = "origin";
  /** Stored SHA-256 of text and metadata; decides "unchanged" on re-ingest. */
  static final String HASH = "hash";

  /** Candidate index: article id on article and sentence documents (keyword + sorted doc values). */
  static final String CANDIDATE_ID = "aid";
  /** Candidate index: document type, {@link #TYPE_ARTICLE} or {@link #TYPE_SENTENCE}. */
  static final String TYPE = "type";
  /** Type of the one document per article that holds its terms. */
  static final String TYPE_ARTICLE = "article";
  /** Type of the documents holding one sentence vector each. */
  static final String TYPE_SENTENCE = "sentence";
  /** Candidate index: fingerprint terms, one keyword value per term. */
  static final String TERM = "term";
  /** Candidate index: sentence vector (HNSW, dot product on unit vectors). */
  static final String VECTOR = "vector";
  /** Candidate index: sentence position within the article (stored, for diagnostics). */
  static final String SENTENCE = "sentence";

  /** Embedding cache: key, model name + NUL + SHA-256 hex of the sentence text. */
  static final String CACHE_KEY = "key";
  /** Embedding cache: vector as little-endian float bytes. */
  static final String CACHE_VECTOR = "vector";

  private StoreSchema() {}
}
