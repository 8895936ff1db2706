package org.wiretrace.index;

import java.io.IOException;
import java.util.Map;
import java.util.SortedSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The term tier of candidate search: which stored articles share the most fingerprint terms with
 * the query.
 *
 * <p>The query is a disjunction of one SHOULD clause per query term, each a
 * {@link ConstantScoreQuery} of score 1, so a document's score is exactly the number of distinct
 * query terms it holds (integers are exact in a float up to 2^24). Results are sorted by score,
 * then by article id from doc values, so ties come out in a stable order.
 *
 * <p><b>More than 1,024 terms.</b> Lucene refuses queries with more clauses than
 * {@link IndexSearcher#getMaxClauseCount()} (1,024 by default). An article's terms (LSH band keys
 * plus anchor shingles) can exceed that, so the limit is raised to the query's term count when
 * needed. The alternative, a {@code TermInSetQuery}, matches the same documents but gives every
 * one the same score, so the per-article count would need a second pass over postings. The raise
 * keeps one query and exact counts; its cost grows linearly with the term count (measured in the
 * module report), and the limit is process-wide, which is harmless here because it only ever
 * grows and no other Lucene user in the process relies on the default.
 */
final class TermTierSearch {

  private static final Sort BY_SHARED_TERMS_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(StoreSchema.CANDIDATE_ID, SortField.Type.STRING));

  private TermTierSearch() {}

  /**
   * Adds the best term hits to the tallies.
   *
   * @param searcher the candidate index searcher
   * @param terms the query terms
   * @param limit most hits to add
   * @param tallies hits by article id, updated
   * @throws IOException when the index cannot be read
   */
  static void search(IndexSearcher searcher, SortedSet<String> terms, int limit, Map<String, HitTally> tallies)
      throws IOException {
    if (terms.isEmpty() || limit <= 0) {
      return;
    }
    allowClauses(terms.size());
    TopFieldDocs top = searcher.search(query(terms), limit, BY_SHARED_TERMS_THEN_ID, true);
    for (ScoreDoc hit : top.scoreDocs) {
      String id = ((BytesRef) ((FieldDoc) hit).fields[1]).utf8ToString();
      tallies.computeIfAbsent(id, k -> new HitTally()).sharedTerms = Math.round(hit.score);
    }
  }

  private static BooleanQuery query(SortedSet<String> terms) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms) {
      query.add(new ConstantScoreQuery(new TermQuery(new Term(StoreSchema.TERM, term))), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  private static synchronized void allowClauses(int clauses) {
    if (clauses > IndexSearcher.getMaxClauseCount()) {
      IndexSearcher.setMaxClauseCount(clauses);
    }
  }
}
