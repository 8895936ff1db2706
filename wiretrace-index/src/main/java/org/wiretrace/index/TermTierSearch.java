package org.wiretrace.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.wiretrace.candidate.CandidateIndex.Hit;
import org.wiretrace.model.ArticleId;
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
 * the query, counted exactly, ties broken by article id.
 *
 * <p><b>Used: {@link #searchByPostings}.</b> Per segment, one forward pass over the sorted query
 * terms in the term dictionary; the postings of each term found add 1 to its documents' counts in
 * an {@code int[maxDoc]} array; live documents with a count are ranked by count, and ids are read
 * (doc values) only for those at or above the cut-off count. No query object, no clause limit, no
 * scoring machinery. Memory is 4 bytes per document of a segment per query (4 MB at a million
 * articles), released at once.
 *
 * <p><b>Reference: {@link #search}.</b> The textbook Lucene form: a disjunction of one SHOULD clause
 * per query term, each a {@link ConstantScoreQuery} of score 1, so the score is the number of shared
 * terms; sorted by score then id doc values. Lucene refuses more clauses than
 * {@link IndexSearcher#getMaxClauseCount()} (1,024 by default) and an article's terms can exceed
 * that, so this path raises the process-wide limit to the query's term count when needed (a
 * {@code TermInSetQuery} would avoid the limit but scores every match the same, losing the count).
 *
 * <p><b>Why postings.</b> Both return identical hits (checked against a brute-force count in
 * {@code LuceneCandidateIndexTest}), but on 20,000 invented articles (~193 terms each) the postings
 * count answered a 387-term query in a third of the time (p50 39 ms vs 116 ms) and a 3,000-term
 * query in a quarter (p50 157 ms vs 682 ms), measured with {@code StoreMeasure} on a 2-core machine
 * at load ~20, so absolute figures are several times what an idle machine gives.
 */
final class TermTierSearch {

  private static final Sort BY_SHARED_TERMS_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(StoreSchema.CANDIDATE_ID, SortField.Type.STRING));

  private TermTierSearch() {}

  /**
   * Adds the best term hits to the tallies using a Lucene boolean query (the reference path).
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

  /**
   * Adds the best term hits by walking postings directly: per segment, one forward pass over the
   * sorted query terms, counting each live document's matches in an array.
   *
   * @param searcher the candidate index searcher
   * @param terms the query terms
   * @param limit most hits to add
   * @param tallies hits by article id, updated
   * @throws IOException when the index cannot be read
   */
  static void searchByPostings(IndexSearcher searcher, SortedSet<String> terms, int limit,
      Map<String, HitTally> tallies) throws IOException {
    if (terms.isEmpty() || limit <= 0) {
      return;
    }
    List<long[]> matches = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      countLeaf(leaf, terms, matches);
    }
    matches.sort(Comparator.comparingLong((long[] m) -> m[0]).reversed());
    int cut = Math.min(limit, matches.size());
    long threshold = cut == 0 ? Long.MAX_VALUE : matches.get(cut - 1)[0];
    List<Hit> ranked = new ArrayList<>();
    for (long[] m : matches) {
      if (m[0] < threshold) {
        break;
      }
      ranked.add(new Hit(ArticleId.of(idOf(searcher, (int) m[1])), (int) m[0], 0, 0f));
    }
    ranked.sort(LuceneCandidateIndex.HIT_ORDER);
    for (Hit hit : ranked.subList(0, cut)) {
      tallies.computeIfAbsent(hit.id().value(), k -> new HitTally()).sharedTerms = hit.sharedTerms();
    }
  }

  /** Appends {count, global doc} for every live document of the leaf holding a query term. */
  private static void countLeaf(LeafReaderContext leaf, SortedSet<String> terms, List<long[]> matches)
      throws IOException {
    Terms field = leaf.reader().terms(StoreSchema.TERM);
    if (field == null) {
      return;
    }
    TermsEnum dictionary = field.iterator();
    Bits live = leaf.reader().getLiveDocs();
    int[] counts = new int[leaf.reader().maxDoc()];
    PostingsEnum postings = null;
    for (String term : terms) {
      if (dictionary.seekExact(new BytesRef(term))) {
        postings = dictionary.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          counts[d]++;
        }
      }
    }
    for (int d = 0; d < counts.length; d++) {
      if (counts[d] > 0 && (live == null || live.get(d))) {
        matches.add(new long[] {counts[d], leaf.docBase + d});
      }
    }
  }

  private static String idOf(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = DocValues.getSorted(leaf.reader(), StoreSchema.CANDIDATE_ID);
    if (!ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("article document " + doc + " of the candidate index has no id");
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
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
