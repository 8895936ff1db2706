package org.wiretrace.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.Relation;

/**
 * What the pages and the API ask the reuse engine: comparisons and traces (run on the worker pool
 * under the request time limit) and lookups in the shared story analysis.
 */
final class ReuseQueries {

  private final Services services;

  ReuseQueries(Services services) {
    this.services = services;
  }

  /**
   * Compares two articles within the time limit.
   *
   * @param a one article
   * @param b another
   * @return their relation; source and derived give the direction
   * @throws Exception what the engine threw, or a 503 {@link ApiException} on overload or timeout
   */
  Relation compare(Article a, Article b) throws Exception {
    if (a.id().equals(b.id()) && a.equals(b)) {
      throw ApiException.badRequest("both sides are the same article '" + a.id() + "'; pick two different ones");
    }
    return services.worker().call("compare", () -> services.detector().compare(a, b));
  }

  /**
   * Finds the likely sources of an article within the time limit.
   *
   * @param query the article, stored or not
   * @param limit the most sources to return
   * @return reuse relations, best source first
   * @throws Exception what the engine threw, or a 503 {@link ApiException} on overload or timeout
   */
  List<Relation> trace(Article query, int limit) throws Exception {
    return services.worker().call("trace", () -> {
      List<Relation> found = services.detector().trace(query, candidates(query));
      return found.size() > limit ? found.subList(0, limit) : found;
    });
  }

  /** Candidates from the configured index, else from the in-memory index over the stored articles. */
  private List<Article> candidates(Article query) throws IOException {
    CandidateIndex index = services.config().candidateIndex();
    if (index == null) {
      index = services.candidates().index();
    }
    return services.detector().traceCandidates(query, index, services.store());
  }

  /**
   * Returns a story of the current analysis.
   *
   * @param id the story id
   * @return the story
   * @throws IOException when the store cannot be read
   */
  StoryCluster story(String id) throws IOException {
    Optional<StoryCluster> story = services.analysis().report().stories().stream()
        .filter(s -> s.id().equals(id)).findFirst();
    return story.orElseThrow(() -> ApiException.notFound(
        "no story with id '" + id + "'; list stories with GET /api/stories"));
  }

  /**
   * Returns the relations among a story's articles.
   *
   * @param report the analysis
   * @param story the story
   * @return relations with both ends in the story, in report order
   */
  static List<Relation> relations(CorpusReport report, StoryCluster story) {
    return report.relations().stream()
        .filter(r -> story.articles().contains(r.source()) && story.articles().contains(r.derived())).toList();
  }

  /**
   * Returns the relations an article takes part in, strongest first.
   *
   * @param report the analysis
   * @param id the article
   * @return its relations
   */
  static List<Relation> relationsOf(CorpusReport report, ArticleId id) {
    List<Relation> out = new ArrayList<>();
    for (Relation r : report.relations()) {
      if (r.source().equals(id) || r.derived().equals(id)) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparing((Relation r) -> r.kind().ordinal()).thenComparing(r -> -r.derivedCoverage()));
    return out;
  }
}
