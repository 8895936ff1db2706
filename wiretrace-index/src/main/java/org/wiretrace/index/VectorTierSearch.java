package org.wiretrace.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The vector tier of candidate search: which stored articles hold sentences close in meaning to the
 * query's sentences.
 *
 * <p>For each query sentence vector, an HNSW k-nearest-neighbour search returns the k closest stored
 * sentences. Lucene scores {@code DOT_PRODUCT} on unit vectors as {@code (1 + cos) / 2}; the cosine
 * is recovered as {@code 2 * score - 1}. Per stored article the tally counts the query sentences
 * that had at least one of its sentences among their neighbours, and keeps the best cosine.
 */
final class VectorTierSearch {

  private VectorTierSearch() {}

  /**
   * Adds vector hits to the tallies.
   *
   * @param searcher the candidate index searcher
   * @param vectors unit query vectors
   * @param k neighbours per query vector
   * @param tallies hits by article id, updated
   * @throws IOException when the index cannot be read
   */
  static void search(IndexSearcher searcher, List<float[]> vectors, int k, Map<String, HitTally> tallies)
      throws IOException {
    if (k <= 0) {
      return;
    }
    for (float[] vector : vectors) {
      TopDocs top = searcher.search(new KnnFloatVectorQuery(StoreSchema.VECTOR, vector, k), k);
      addNeighbours(searcher, top, tallies);
    }
  }

  /** Counts each article once per query sentence, however many of its sentences are neighbours. */
  private static void addNeighbours(IndexSearcher searcher, TopDocs top, Map<String, HitTally> tallies)
      throws IOException {
    Map<String, Float> best = new HashMap<>();
    for (ScoreDoc hit : top.scoreDocs) {
      float cosine = Math.max(-1f, Math.min(1f, 2 * hit.score - 1));
      best.merge(articleId(searcher, hit.doc), cosine, Math::max);
    }
    for (Map.Entry<String, Float> e : best.entrySet()) {
      HitTally tally = tallies.computeIfAbsent(e.getKey(), id -> new HitTally());
      tally.vectorMatches++;
      tally.bestVectorScore = Math.max(tally.bestVectorScore, e.getValue());
    }
  }

  private static String articleId(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = DocValues.getSorted(leaf.reader(), StoreSchema.CANDIDATE_ID);
    if (!ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("sentence document " + doc + " of the candidate index has no article id");
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
  }
}
