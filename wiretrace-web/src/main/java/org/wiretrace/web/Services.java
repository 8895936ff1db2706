package org.wiretrace.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.index.LuceneCandidateIndex;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.store.ArticleStore;
import org.wiretrace.text.ArticleFactory;

/** What the handlers share: the configuration, the store, the text pipeline and the worker pool. */
final class Services implements AutoCloseable {

  private final WebServerConfig config;
  private final Worker worker;
  private final StoryCache stories;
  private final CandidateCache candidates;
  private final AtomicLong storeVersion = new AtomicLong();

  Services(WebServerConfig config) {
    this.config = config;
    this.worker = new Worker(config.workerThreads(), config.maxQueuedTasks(), config.requestTimeout());
    this.stories = new StoryCache(this);
    this.candidates = new CandidateCache(this);
  }

  WebServerConfig config() {
    return config;
  }

  ArticleStore store() {
    return config.store();
  }

  ArticleFactory articleFactory() {
    return config.articleFactory();
  }

  Worker worker() {
    return worker;
  }

  ReuseDetector detector() {
    return config.detector();
  }

  /**
   * Returns the story analysis of the store, waiting up to the request time limit.
   *
   * @return the analysis
   * @throws IOException when the store cannot be read
   */
  StoryCache.Analysis analysis() throws IOException {
    return stories.get(config.requestTimeout());
  }

  StoryCache stories() {
    return stories;
  }

  CandidateCache candidates() {
    return candidates;
  }

  /**
   * Returns a stored article or fails with 404.
   *
   * @param id the id as given in the request
   * @return the article
   * @throws ApiException 400 for an invalid id, 404 when not stored
   * @throws IOException when the store cannot be read
   */
  Article article(String id) throws IOException {
    ArticleId articleId = Ids.parse(id);
    return store().get(articleId).orElseThrow(
        () -> ApiException.notFound("no article with id '" + id + "' is stored; list ids with GET /api/articles"));
  }

  /**
   * Stores the candidate fingerprints of newly written articles in the configured candidate index,
   * so traces find them; a no-op without one. Conflicting (kept, not written) articles are skipped.
   *
   * @param written the articles of a put
   * @param conflicting ids the put kept unchanged because of a conflict
   * @throws IOException when the index cannot be written
   */
  void indexCandidates(List<Article> written, List<String> conflicting) throws IOException {
    CandidateIndex index = config.candidateIndex();
    if (index == null) {
      return;
    }
    Map<ArticleId, Fingerprints> fingerprints = new TreeMap<>();
    for (Article a : written) {
      if (!conflicting.contains(a.id().value())) {
        fingerprints.put(a.id(), detector().fingerprints(a));
      }
    }
    if (index instanceof LuceneCandidateIndex lucene) {
      lucene.putAll(fingerprints);
    } else {
      for (Map.Entry<ArticleId, Fingerprints> e : fingerprints.entrySet()) {
        index.put(e.getKey(), e.getValue());
      }
    }
  }

  /** Notes that the store changed, so cached analyses are stale. */
  void articlesChanged() {
    storeVersion.incrementAndGet();
  }

  /**
   * Returns a counter that grows on every write through this server.
   *
   * @return the store version
   */
  long storeVersion() {
    return storeVersion.get();
  }

  @Override
  public void close() {
    stories.close();
    worker.close();
  }
}
