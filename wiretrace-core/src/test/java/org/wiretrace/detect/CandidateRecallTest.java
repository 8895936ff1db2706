package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.candidate.InMemoryCandidateIndex;
import org.wiretrace.model.Article;

/**
 * Candidate recall against the brute-force reference: every pair that a full comparison of all
 * pairs finds to be reuse must also come out of the candidate index.
 */
class CandidateRecallTest {

  private static final long SEED = 424242L;

  @Test
  void search_recallAgainstBruteForce() throws Exception {
    SyntheticCorpus corpus = new SyntheticCorpus(SEED);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      Article original = corpus.article(400);
      articles.add(original);
      if (i < 16) {
        articles.add(corpus.copy(original, SyntheticCorpus.CopyKind.values()[i % 4]).copy());
      }
    }
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    Set<String> bruteForce = bruteForce(detector, articles);
    Set<String> candidates = candidates(detector, articles);
    assertThat(bruteForce).as("seed %d: planted copies found by brute force", SEED).hasSizeGreaterThanOrEqualTo(16);
    Set<String> missed = new TreeSet<>(bruteForce);
    missed.removeAll(candidates);
    assertThat(missed).as("seed %d: reuse pairs the candidate index missed", SEED).isEmpty();
  }

  private static Set<String> bruteForce(ReuseDetector detector, List<Article> articles) {
    Set<String> pairs = new TreeSet<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        if (detector.compare(articles.get(i), articles.get(j)).kind().isReuse()) {
          pairs.add(key(articles.get(i), articles.get(j)));
        }
      }
    }
    return pairs;
  }

  private static Set<String> candidates(ReuseDetector detector, List<Article> articles) throws Exception {
    Set<String> pairs = new TreeSet<>();
    try (CandidateIndex index = new InMemoryCandidateIndex()) {
      for (Article a : articles) {
        index.put(a.id(), detector.fingerprints(a));
      }
      for (Article a : articles) {
        for (CandidateIndex.Hit h : detector.search(a, index)) {
          Article other = articles.stream().filter(x -> x.id().equals(h.id())).findFirst().orElseThrow();
          pairs.add(key(a, other));
        }
      }
    }
    return pairs;
  }

  private static String key(Article a, Article b) {
    return a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
  }
}
