package org.wiretrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.provenance.Direction;
import org.wiretrace.provenance.DirectionStatus;

class HtmlReportWriterTest {

  static CorpusReport report(Relation relation, List<Article> articles) {
    return new CorpusReport(articles.stream().map(ArticleSummary::of).toList(),
        List.of(new StoryCluster("story-src", List.of(relation.source(), relation.derived()))),
        List.of(relation), Map.of("seed", "42"));
  }

  @Test
  void write_selfContained() {
    List<Article> articles = List.of(SideBySideTest.SOURCE, SideBySideTest.DERIVED);
    String html = new HtmlReportWriter(articles).write(report(SideBySideTest.relation(), articles));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script")
        .doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<link");
    assertThat(html).contains("class=\"edited\"").contains("class=\"added\"").contains("class=\"dropped\"")
        .contains("<mark title=\"passenger count changed from 40 to 50\">50</mark>")
        .contains("1. NUMBER · HIGH").contains("story-src").contains("SYNDICATED");
  }

  @Test
  void write_escapesEverything() {
    Article evil = SideBySideTest.FACTORY.create(new ArticleDraft("src", "javascript:alert(1)",
        "<script>alert(1)</script>", null, null,
        "The ferry left at 9 a.m. with 40 passengers.\nThe crossing took two hours.\n<img src=x onerror=alert(1)>.",
        Map.of(), null));
    List<Article> articles = List.of(evil, SideBySideTest.DERIVED);
    Relation relation = SideBySideTest.relation();
    String html = new HtmlReportWriter(articles).write(report(relation, articles));
    assertThat(html).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void write_missingTextsListed() {
    Relation relation = SideBySideTest.relation();
    String html = new HtmlReportWriter(List.of()).write(report(relation, List.of()));
    assertThat(html).contains("The texts are not available to this report");
  }

  @Test
  void write_detailCap() {
    List<Article> articles = List.of(SideBySideTest.SOURCE, SideBySideTest.DERIVED);
    String html = new HtmlReportWriter(articles, 0).write(report(SideBySideTest.relation(), articles));
    assertThat(html).contains("1 more relations are listed above without their texts").doesNotContain("<mark title");
  }

  @Test
  void writeRelation_standalone() {
    List<Article> articles = List.of(SideBySideTest.SOURCE, SideBySideTest.DERIVED);
    Direction d = new Direction(SideBySideTest.SOURCE.id(), SideBySideTest.DERIVED.id(), DirectionStatus.UNDETERMINED,
        List.of(), false);
    Relation r = SideBySideTest.relation();
    Relation undetermined = new Relation(r.kind(), d, r.confidence(), r.sourceCoverage(), r.derivedCoverage(),
        r.sourceCharCoverage(), r.derivedCharCoverage(), r.verbatimShare(), r.alignments(), r.changes());
    assertThat(new HtmlReportWriter(articles).write(undetermined)).contains("Direction <b>UNDETERMINED</b>");
  }
}
