package org.wiretrace.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;

/** An {@link ArticleStore} held in memory, in id order. Synchronized; for tests and small runs. */
public final class InMemoryArticleStore implements ArticleStore {

  private final TreeMap<ArticleId, Article> articles = new TreeMap<>();

  @Override
  public synchronized PutResult put(Collection<Article> batch, OnExisting onExisting) {
    int added = 0;
    int replaced = 0;
    int unchanged = 0;
    List<String> conflicting = new ArrayList<>();
    for (Article article : batch) {
      Article old = articles.get(article.id());
      if (old == null) {
        articles.put(article.id(), article);
        added++;
      } else if (old.equals(article)) {
        unchanged++;
      } else if (onExisting == OnExisting.REPLACE) {
        articles.put(article.id(), article);
        replaced++;
      } else {
        conflicting.add(article.id().value());
      }
    }
    return new PutResult(added, replaced, unchanged, conflicting);
  }

  @Override
  public synchronized Optional<Article> get(ArticleId id) {
    return Optional.ofNullable(articles.get(id));
  }

  @Override
  public synchronized Stream<Article> all() {
    return List.copyOf(articles.values()).stream();
  }

  @Override
  public synchronized int count() {
    return articles.size();
  }

  @Override
  public void close() {}
}
