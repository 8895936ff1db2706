package org.wiretrace.detect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.model.Article;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.Relation;
import org.wiretrace.report.TextReportWriter;

/**
 * Prints the seed report and every aligned pair, for tuning by eye. Runs only with
 * {@code -Dtest=SeedExplorationTest -Dexplore=true}, optionally
 * {@code -Dfixtures=quake-original,quake-spun -Dothers=quake-spun -Dbrief=true}.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "explore", matches = "true")
class SeedExplorationTest {

  @Test
  void print_seeds() throws Exception {
    String fixtures = System.getProperty("fixtures");
    List<Article> seeds = fixtures == null ? Seeds.load()
        : java.util.Arrays.stream(fixtures.split(",")).map(Fixtures::article).toList();
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    CorpusReport report = detector.analyze(seeds);
    System.out.println(new TextReportWriter().write(report));
    org.assertj.core.api.Assertions.assertThat(report.articles()).hasSameSizeAs(seeds);
    Article a0 = Seeds.byPrefix(seeds, System.getProperty("first", seeds.getFirst().id().value()));
    for (String p : System.getProperty("others", "001,002,003,004").split(",")) {
      Article other = Seeds.byPrefix(seeds, p);
      Relation r = detector.compare(a0, other);
      System.out.println("==== 000 vs " + p + " " + r.kind());
      Article src = r.source().equals(a0.id()) ? a0 : other;
      Article der = src == a0 ? other : a0;
      java.util.Set<Integer> al = new java.util.TreeSet<>();
      r.alignments().forEach(ap -> al.addAll(ap.derivedSentences()));
      for (var s : der.bodySentences()) {
        if (!al.contains(s.index())) {
          System.out.println("  UNALIGNED D: " + s.text());
        }
      }
      if (Boolean.getBoolean("brief")) {
        continue;
      }
      for (AlignedPair ap : r.alignments()) {
        System.out.printf("%s %.2f lex %.2f sem %.2f q %.2f%n  S: %s%n  D: %s%n", ap.type(), ap.score(), ap.lexical(),
            ap.semantic(), ap.quotedShare(), ap.sourceSpan().of(src.text()), ap.derivedSpan().of(der.text()));
      }
    }
  }
}
