package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.Relation;
import org.wiretrace.text.ArticleFactory;

/**
 * Issue 11: notices of different events written from one template (bond issues of different issuers,
 * as on a wire's capital-markets desk) share whole sentences but not the event, so they are no copy of
 * each other; a reprint of one notice still is.
 */
class TemplateReuseTest {

  private static final ArticleFactory FACTORY = new ArticleFactory();
  private static final String[] ISSUERS = {
    "Quarnby Provincial Bank", "Velloria Export Credit", "Ostmark Hypotheken Finance",
    "Brindell Municipal Trust", "Caldera Utilities Funding", "Tessaly Rail Authority",
    "Marrowgate Housing Finance", "Pennick Water Board", "Solvane Grid Holdings", "Druvia Postal Savings"};
  private static final String[] MANAGERS = {
    "Harrowfield Securities", "Lindqvist Capital", "Ambrose Kettering", "Nordhaven Bankhaus",
    "Pellegrue Freres", "Castellan Partners", "Orwick Dealing", "Saltram Gilts", "Ferrand Maclay",
    "Yorvane Brokers"};

  /** One desk's bond notice: the template with one issuer's terms filled in. */
  private static Article notice(int k) {
    String issuer = ISSUERS[k];
    String text = String.format(Locale.ROOT,
        "%s is issuing a %d mln dlr eurobond due March %d, 199%d paying %d-1/4 pct and priced at 101, "
            + "lead manager %s said. The non-callable bond is available in denominations of 5,000 dlrs "
            + "and will be listed in Luxembourg. The selling concession is 1-3/8 pct while management "
            + "and underwriting combined pays 5/8 pct. The payment date is April %d and the issue is "
            + "guaranteed by the parent company, the manager added.",
        issuer, 50 + 25 * k, 10 + k, k % 8 + 2, 6 + k % 3, MANAGERS[k], 2 + k);
    return FACTORY.create(ArticleDraft.of(String.format(Locale.ROOT, "notice-%d", k), text));
  }

  /** Another outlet's reprint of notice 0: the same issuer and terms, one word changed. */
  private static Article reprintOfFirst() {
    String text = notice(0).text().replace("available in denominations", "offered in denominations");
    return FACTORY.create(ArticleDraft.of("notice-0-reprint", text));
  }

  private static CorpusReport report(List<Article> articles) {
    return new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder()).analyze(articles);
  }

  @Test
  void analyze_noticesOfDifferentIssuersFromOneTemplate_areNotReuse() {
    List<Article> run = new ArrayList<>();
    for (int k = 0; k < ISSUERS.length; k++) {
      run.add(notice(k));
    }

    List<Relation> reuse = report(run).relations().stream().filter(r -> r.kind().isReuse()).toList();

    assertThat(reuse).as("template pairs reported as reuse").isEmpty();
  }

  @Test
  void analyze_reprintOfOneNoticeAmongTemplates_staysReuse() {
    List<Article> run = new ArrayList<>();
    for (int k = 0; k < ISSUERS.length; k++) {
      run.add(notice(k));
    }
    run.add(reprintOfFirst());

    List<Relation> reuse = report(run).relations().stream().filter(r -> r.kind().isReuse()).toList();

    assertThat(reuse).extracting(r -> r.source().value() + " " + r.derived().value())
        .containsExactly("notice-0 notice-0-reprint");
  }

  @Test
  void template_needsSwappedSubjectsOnBothSides() {
    List<ArticleAnalysis> run = new ArrayList<>();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(DetectorConfig.defaults(), new LexicalEmbedder());
    for (int k = 0; k < ISSUERS.length; k++) {
      run.add(analyzer.analyze(notice(k)));
    }
    run.add(analyzer.analyze(reprintOfFirst()));
    EventNames names = new EventNames(run, List.of(),
        NameCounts.count(run.stream().map(ArticleAnalysis::entities).toList()));
    EventEvidence events = new EventEvidence(7);

    assertThat(events.template(run.get(0), run.get(1), names)).isTrue();
    assertThat(events.template(run.get(1), run.get(0), names)).isTrue();
    assertThat(events.template(run.get(0), run.get(ISSUERS.length), names)).isFalse();
  }
}
