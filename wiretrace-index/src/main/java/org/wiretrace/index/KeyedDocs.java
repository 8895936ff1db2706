package org.wiretrace.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the document holding a key in a keyword field by seeking the term in each segment's term
 * dictionary and walking its postings: what a {@code TermQuery} for the top hit returns (the live
 * document with the lowest id; all its scores tie), without building a weight, a scorer and a
 * collector per lookup. The caches look up one key per sentence and per judged pair, thousands per run.
 */
final class KeyedDocs {

  /** Returned when no live document holds the key. */
  static final int NONE = -1;

  private KeyedDocs() {}

  /**
   * Returns the id (in the searcher's reader) of the live document with the lowest id holding a key.
   *
   * @param searcher the searcher
   * @param field the keyword field
   * @param key the key
   * @return the document id, or {@link #NONE}
   * @throws IOException when the index cannot be read
   */
  static int first(IndexSearcher searcher, String field, String key) throws IOException {
    BytesRef term = new BytesRef(key);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int doc = first(leaf.reader(), field, term);
      if (doc != NONE) {
        return leaf.docBase + doc;
      }
    }
    return NONE;
  }

  private static int first(LeafReader reader, String field, BytesRef term) throws IOException {
    Terms terms = reader.terms(field);
    if (terms == null) {
      return NONE;
    }
    TermsEnum termsEnum = terms.iterator();
    if (!termsEnum.seekExact(term)) {
      return NONE;
    }
    Bits live = reader.getLiveDocs();
    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      if (live == null || live.get(doc)) {
        return doc;
      }
    }
    return NONE;
  }
}
