package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.changes.ChangeKind;
import org.wiretrace.model.Article;
import org.wiretrace.model.Sentence;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.report.SiblingIndex;

/**
 * Acceptance on the five shared seed articles (skipped when absent), with the lexical embedder
 * only. The expectations are the issue's; nothing in the engine knows these texts.
 */
class SeedsAcceptanceTest {

  private static List<Article> seeds;
  private static CorpusReport report;
  private static ReuseDetector detector;

  @BeforeAll
  static void analyze() throws Exception {
    seeds = Seeds.load();
    detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    report = detector.analyze(seeds);
  }

  @Test
  void analyze_allSeedsInOneStory() {
    assertThat(report.stories()).hasSize(1);
    assertThat(report.stories().getFirst().articles()).hasSize(5);
  }

  @Test
  void analyze_spunRewriteOfTheWireStory() {
    Relation r = relation("000", "001");
    assertThat(r.kind()).isIn(RelationKind.PARAPHRASED, RelationKind.SPUN);
    boolean fromWire = r.source().value().startsWith("000") || r.direction().commonSource();
    assertThat(fromWire).as("001 derives from 000 or from a source shared with it").isTrue();
    assertThat(alignedShare(r, "001")).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void analyze_partialRewriteWithAddedPassages() {
    Relation r = relation("000", "003");
    assertThat(r.kind()).isIn(RelationKind.PARAPHRASED, RelationKind.SPUN, RelationKind.PARTIAL);
    assertThat(alignedShare(r, "003")).isGreaterThanOrEqualTo(0.4);
    assertThat(alignedTexts(r, "003")).noneMatch(t -> t.contains("Chatham House") || t.contains("Kishida")
        || t.contains("Kovalenko"));
    assertThat(alignedSpans(r, "003")).noneMatch(t -> t.contains("Zhdanov"));
  }

  @Test
  void analyze_syndicatedCopyWithAdditions() {
    Relation r = relation("000", "002");
    assertThat(r.kind()).isIn(RelationKind.SYNDICATED, RelationKind.PARTIAL);
    assertThat(r.source().value()).startsWith("000");
    long kept = r.alignments().stream().filter(p -> p.type() != AlignmentType.PARAPHRASED).count();
    assertThat(kept).isGreaterThanOrEqualTo(15);
    assertThat(alignedTexts(r, "002")).noneMatch(t -> t.contains("Prigozhin") || t.contains("Nikolenko"));
  }

  @Test
  void analyze_provenanceTree_copiesUnderTheWireAndSiblingLinksViaIt() {
    SiblingIndex siblings = new SiblingIndex(report);
    for (String copy : List.of("001", "002", "003")) {
      assertThat(siblings.via(relation("000", copy))).as("000 -> " + copy + " is a direct link").isNull();
    }
    for (List<String> pair : List.of(List.of("001", "002"), List.of("001", "003"), List.of("002", "003"))) {
      Object via = siblings.via(relation(pair.get(0), pair.get(1)));
      assertThat(via).as(pair + " runs via the wire").isNotNull();
      assertThat(prefix(via)).isEqualTo("000");
    }
  }

  @Test
  void analyze_independentReportIsSameStoryOnly() {
    for (String other : List.of("000", "001", "002", "003")) {
      Relation r = relation(other, "004");
      assertThat(r.kind()).as("004 vs " + other).isEqualTo(RelationKind.SAME_STORY);
    }
  }

  @Test
  void analyze_flagsTheSixDocumentedChanges() {
    Relation spun = relation("000", "001");
    assertThat(spun.source().value()).startsWith("000");
    assertFlag(spun, ChangeKind.NUMBER, "nearly 4-1/2 hours", "about four hours");
    assertFlag(spun, ChangeKind.NUMBER, "thousands", "tens of thousands");
    assertFlag(spun, ChangeKind.QUOTE, "marriage of convenience", "more of a marriage of convenience than devotion");
    Relation partial = relation("000", "003");
    assertThat(partial.source().value()).startsWith("000");
    assertFlag(partial, ChangeKind.DATE, "next year", "2018");
    assertFlag(partial, ChangeKind.DATE, "last month", "earlier this month");
    assertFlag(partial, ChangeKind.TORTURED, "dear friend", "expensive companion");
  }

  /** Asserts a flag of the kind whose source and derived words contain the given phrases. */
  static void assertFlag(Relation r, ChangeKind kind, String sourcePhrase, String derivedPhrase) {
    assertThat(r.changes()).as(kind + " " + sourcePhrase + " -> " + derivedPhrase)
        .anyMatch(c -> c.kind() == kind && c.sourceText().contains(sourcePhrase) && c.derivedText().contains(derivedPhrase));
  }

  @Test
  void compare_agreesWithAnalyze() {
    Relation r = detector.compare(Seeds.byPrefix(seeds, "001"), Seeds.byPrefix(seeds, "000"));
    assertThat(r.kind()).isEqualTo(relation("000", "001").kind());
  }

  private static Relation relation(String a, String b) {
    return report.relations().stream()
        .filter(r -> Set.of(prefix(r.source()), prefix(r.derived())).equals(Set.of(a, b)))
        .findFirst().orElseThrow(() -> new AssertionError("no relation between " + a + " and " + b));
  }

  private static String prefix(Object id) {
    return id.toString().substring(0, 3);
  }

  private static Set<Integer> aligned(Relation r, String side) {
    boolean derived = r.derived().value().startsWith(side);
    Set<Integer> out = new TreeSet<>();
    for (AlignedPair p : r.alignments()) {
      out.addAll(derived ? p.derivedSentences() : p.sourceSentences());
    }
    return out;
  }

  private static double alignedShare(Relation r, String side) {
    Article a = Seeds.byPrefix(seeds, side);
    return aligned(r, side).size() / (double) a.bodySentences().size();
  }

  private static List<String> alignedSpans(Relation r, String side) {
    Article a = Seeds.byPrefix(seeds, side);
    boolean derived = r.derived().value().startsWith(side);
    return r.alignments().stream().map(p -> (derived ? p.derivedSpan() : p.sourceSpan()).of(a.text())).toList();
  }

  private static List<String> alignedTexts(Relation r, String side) {
    Article a = Seeds.byPrefix(seeds, side);
    Set<Integer> aligned = aligned(r, side);
    return a.sentences().stream().filter(s -> aligned.contains(s.index())).map(Sentence::text).toList();
  }
}
