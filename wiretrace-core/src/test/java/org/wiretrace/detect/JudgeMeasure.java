package org.wiretrace.detect;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceAligner;
import org.wiretrace.align.SentencePairJudge;
import org.wiretrace.changes.ChangeFlagger;
import org.wiretrace.changes.Passage;
import org.wiretrace.model.Article;

/** CPU time of the pair stages on the seeds. Run with {@code -Dmeasure=true}. */
@EnabledIfSystemProperty(named = "measure", matches = "true")
class JudgeMeasure {

  @Test
  void judge() throws Exception {
    List<Article> seeds = Seeds.load();
    DetectorConfig config = DetectorConfig.defaults();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(config, new LexicalEmbedder());
    ArticleAnalysis a = analyzer.analyze(Seeds.byPrefix(seeds, "000"));
    ArticleAnalysis b = analyzer.analyze(Seeds.byPrefix(seeds, "001"));
    LexicalEmbedder lexical = new LexicalEmbedder();
    SentencePairJudge pairs = SentencePairJudge.forEmbedder(lexical.modelName());
    PairJudge judge = new PairJudge(config, pairs);
    SentenceAligner aligner = new SentenceAligner(config.alignment(), pairs);
    var bean = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long t0 = bean.getCurrentThreadCpuTime();
      for (int i = 0; i < 50; i++) {
        aligner.align(a.body(), b.body());
      }
      long t1 = bean.getCurrentThreadCpuTime();
      var alignment = aligner.align(a.body(), b.body());
      ChangeFlagger flagger = new ChangeFlagger();
      for (int i = 0; i < 50; i++) {
        for (var p : alignment.pairs()) {
          flagger.flag(new Passage(a.article().text(), p.sourceSpan(), null),
              new Passage(b.article().text(), p.derivedSpan(), null));
        }
      }
      long t2 = bean.getCurrentThreadCpuTime();
      for (int i = 0; i < 50; i++) {
        judge.judge(a, b);
      }
      long t3 = bean.getCurrentThreadCpuTime();
      System.out.printf(Locale.ROOT, "per pair 000/001: align %.2f ms, flag all pairs %.2f ms, whole judge %.2f ms%n",
          (t1 - t0) / 50e6, (t2 - t1) / 50e6, (t3 - t2) / 50e6);
    }
  }
}
