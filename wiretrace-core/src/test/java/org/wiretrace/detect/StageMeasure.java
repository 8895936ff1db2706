package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.model.Article;
import org.wiretrace.sketch.AnchorSketcher;
import org.wiretrace.text.SentenceTokens;
import org.wiretrace.text.Token;

/** Per-stage single-thread timing of article analysis. Run with {@code -Dmeasure=true}. */
@EnabledIfSystemProperty(named = "measure", matches = "true")
class StageMeasure {

  @Test
  void stages() {
    SyntheticCorpus corpus = new SyntheticCorpus(3);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      articles.add(corpus.article(600));
    }
    ArticleAnalyzer analyzer = new ArticleAnalyzer(DetectorConfig.defaults(), new LexicalEmbedder());
    for (int round = 0; round < 2; round++) {
      long t0 = System.nanoTime();
      SentenceTokens st = new SentenceTokens();
      List<List<List<Token>>> toks = new ArrayList<>();
      for (Article a : articles) {
        toks.add(st.of(a));
      }
      long t1 = System.nanoTime();
      LexicalEmbedder e = new LexicalEmbedder();
      for (List<List<Token>> t : toks) {
        for (List<Token> s : t) {
          e.embedTokens(s);
        }
      }
      long t2 = System.nanoTime();
      AnchorSketcher sk = new AnchorSketcher(1);
      for (List<List<Token>> t : toks) {
        long[] sum = new long[1];
        for (List<Token> s : t) {
          sk.anchorPairs(s, h -> sum[0] += h);
          sk.spotSignatures(s, h -> sum[0] += h);
        }
      }
      long t3 = System.nanoTime();
      for (Article a : articles) {
        analyzer.analyze(a);
      }
      long t4 = System.nanoTime();
      System.out.printf(Locale.ROOT, "per article: tokens %.0f us, embed %.0f us, anchors+spots %.0f us, full analysis %.0f us%n",
          (t1 - t0) / 1e3 / articles.size(), (t2 - t1) / 1e3 / articles.size(), (t3 - t2) / 1e3 / articles.size(),
          (t4 - t3) / 1e3 / articles.size());
    }
  }
}
