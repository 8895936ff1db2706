package org.wiretrace.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.wiretrace.model.Article;
import org.wiretrace.store.ArticleStore;
import org.wiretrace.store.ArticleStore.OnExisting;
import org.wiretrace.store.ArticleStore.PutResult;

/** Puts ingested batches into the store and adds up what happened to each article. */
final class StoreWrites {

  private final OnExisting onExisting;
  private int added;
  private int replaced;
  private int unchanged;
  private final List<String> conflicting = new ArrayList<>();

  StoreWrites(OnExisting onExisting) {
    this.onExisting = onExisting;
  }

  /**
   * Stores one batch atomically and counts the outcome.
   *
   * @param store the target store
   * @param batch the articles
   * @return the ids kept as stored because their content differs
   * @throws IOException when the store cannot be written
   */
  List<String> put(ArticleStore store, List<Article> batch) throws IOException {
    PutResult result = store.put(batch, onExisting);
    added += result.added();
    replaced += result.replaced();
    unchanged += result.unchanged();
    conflicting.addAll(result.conflicting());
    return result.conflicting();
  }

  /**
   * Returns the totals over all batches.
   *
   * @return the summed put result
   */
  PutResult total() {
    return new PutResult(added, replaced, unchanged, conflicting);
  }
}
