package org.wiretrace.ingest;

import java.io.IOException;
import java.util.List;
import org.wiretrace.model.Article;

/** Receives ingested articles batch by batch, e.g. to store each batch atomically. */
@FunctionalInterface
public interface ArticleBatchConsumer {

  /**
   * Takes one batch.
   *
   * @param batch the articles, in input order, never empty
   * @param progress how far the run has come, this batch included
   * @throws IOException when storing the batch fails; the run stops and rethrows it
   */
  void accept(List<Article> batch, IngestProgress progress) throws IOException;
}
