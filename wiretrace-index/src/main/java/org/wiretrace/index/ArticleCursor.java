package org.wiretrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;

/**
 * Walks the article ids of one reader in term order and reads each live article (or only its id)
 * in turn, so that streaming the whole store holds one article in memory at a time.
 *
 * <p>The merged term dictionary of the id field yields every id once, in sorted order; an id can
 * still name deleted copies in older segments (replaced articles), so each id is resolved to the
 * segment where its document is live.
 */
final class ArticleCursor<T> implements Iterator<T> {

  /** Reads what the cursor yields for one live document. */
  @FunctionalInterface
  interface Loader<T> {
    /**
     * Reads one document.
     *
     * @param fields stored fields of the document's segment
     * @param doc the document number within the segment
     * @param id the article id
     * @return the value to yield
     * @throws IOException when the document cannot be read
     */
    T load(StoredFields fields, int doc, BytesRef id) throws IOException;
  }

  /** Yields whole articles. */
  static final Loader<Article> ARTICLES = (fields, doc, id) -> LuceneArticleStore.load(fields, doc);
  /** Yields ids only; no stored field is read. */
  static final Loader<ArticleId> IDS = (fields, doc, id) -> ArticleId.of(id.utf8ToString());

  private final TermsEnum ids;
  private final List<LeafReaderContext> leaves;
  private final TermsEnum[] leafIds;
  private final StoredFields[] leafFields;
  private final @Nullable Bits[] leafLive;
  private final Loader<T> loader;
  private @Nullable T next;

  ArticleCursor(IndexReader reader, Loader<T> loader) throws IOException {
    this.loader = loader;
    Terms terms = MultiTerms.getTerms(reader, StoreSchema.ID);
    this.ids = terms == null ? TermsEnum.EMPTY : terms.iterator();
    this.leaves = reader.leaves();
    this.leafIds = new TermsEnum[leaves.size()];
    this.leafFields = new StoredFields[leaves.size()];
    this.leafLive = new Bits[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) {
      LeafReader leaf = leaves.get(i).reader();
      Terms leafTerms = leaf.terms(StoreSchema.ID);
      leafIds[i] = leafTerms == null ? TermsEnum.EMPTY : leafTerms.iterator();
      leafFields[i] = leaf.storedFields();
      leafLive[i] = leaf.getLiveDocs();
    }
  }

  /**
   * Returns a sequential stream over the remaining articles.
   *
   * @return the stream
   */
  Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT), false);
  }

  @Override
  public boolean hasNext() {
    try {
      while (next == null) {
        BytesRef id = ids.next();
        if (id == null) {
          return false;
        }
        next = live(id);
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more articles");
    }
    T value = next;
    next = null;
    return value;
  }

  /** Reads the live document with this id, or returns null when all its copies are deleted. */
  private @Nullable T live(BytesRef id) throws IOException {
    for (int i = 0; i < leafIds.length; i++) {
      if (!leafIds[i].seekExact(id)) {
        continue;
      }
      PostingsEnum docs = leafIds[i].postings(null, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (leafLive[i] == null || leafLive[i].get(doc)) {
          return loader.load(leafFields[i], doc, id);
        }
      }
    }
    return null;
  }
}
