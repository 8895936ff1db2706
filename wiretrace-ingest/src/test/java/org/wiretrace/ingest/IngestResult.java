package org.wiretrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.wiretrace.model.Article;

/** Test helper: runs an ingest and keeps every article, batch sizes and progress reports. */
final class IngestResult {

  final List<Article> articles = new ArrayList<>();
  final List<Integer> batchSizes = new ArrayList<>();
  final List<IngestProgress> progress = new ArrayList<>();
  IngestSummary summary;

  static IngestResult run(Ingestor.Builder builder, String... inputs) throws IOException {
    IngestResult result = new IngestResult();
    Ingestor ingestor = builder.progress(result.progress::add).build();
    result.summary = ingestor.ingest(List.of(inputs), result::accept);
    return result;
  }

  static IngestResult stream(Ingestor.Builder builder, String name, InputStream in) throws IOException {
    IngestResult result = new IngestResult();
    result.summary = builder.build().ingest(name, in, result::accept);
    return result;
  }

  private void accept(List<Article> batch, IngestProgress p) {
    articles.addAll(batch);
    batchSizes.add(batch.size());
    progress.add(p);
  }

  List<String> ids() {
    return articles.stream().map(a -> a.id().value()).toList();
  }

  List<ProblemReason> reasons() {
    return summary.problems().stream().map(IngestProblem::reason).toList();
  }

  Article article(String id) {
    return articles.stream().filter(a -> a.id().value().equals(id)).findFirst().orElseThrow();
  }
}
