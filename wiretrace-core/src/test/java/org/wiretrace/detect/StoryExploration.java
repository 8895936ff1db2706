package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceSimilarity;
import org.wiretrace.align.Vectors;
import org.wiretrace.model.Article;

/** Prints story-similarity parts for tuning. Run with {@code -Dexplore=true}. */
@EnabledIfSystemProperty(named = "explore", matches = "true")
class StoryExploration {

  @Test
  void print() throws Exception {
    List<Article> all = new ArrayList<>(Seeds.load());
    for (String f : List.of("quake-original", "quake-spun", "harvest-unrelated")) {
      all.add(Fixtures.article(f));
    }
    SyntheticCorpus corpus = new SyntheticCorpus(1);
    all.add(corpus.article(600));
    all.add(corpus.article(600));
    ArticleAnalyzer analyzer = new ArticleAnalyzer(DetectorConfig.defaults(), new LexicalEmbedder());
    List<ArticleAnalysis> as = all.stream().map(analyzer::analyze).toList();
    for (int i = 0; i < as.size(); i++) {
      for (int j = i + 1; j < as.size(); j++) {
        ArticleAnalysis a = as.get(i);
        ArticleAnalysis b = as.get(j);
        System.out.printf("%-22s %-22s names %.2f cos %.2f%n", a.article().id().value().substring(0, Math.min(20, a.article().id().value().length())),
            b.article().id().value().substring(0, Math.min(20, b.article().id().value().length())),
            SentenceSimilarity.dice(a.entities(), b.entities()), Vectors.dot(a.centroid(), b.centroid()));
      }
    }
  }
}
