package org.wiretrace.web;

import java.util.List;
import java.util.Map;
import org.wiretrace.report.ArticleSummary;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.HtmlReportWriter;

/** One story as the self-contained HTML report that {@code wiretrace report} writes. */
final class StoryReport {

  private StoryReport() {}

  static String html(StorySummary s, Map<String, String> settings) {
    CorpusReport report = new CorpusReport(s.articles().stream().map(ArticleSummary::of).toList(),
        List.of(s.story()), s.relations(), settings);
    return new HtmlReportWriter(s.articles()).write(report);
  }
}
