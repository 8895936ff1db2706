package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.cluster.SiblingLink;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.cluster.TreeNode;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.Span;
import org.wiretrace.provenance.Direction;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.report.ArticleSummary;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.HtmlReportWriter;
import org.wiretrace.report.JsonReportWriter;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.report.TextReportWriter;

/** Issue 12: each copy under its most likely direct source; copies of one source linked via it. */
class ProvenanceTreesTest {

  private static final List<ArticleSummary> ARTICLES = List.of(
      summary("copy-a", "Copy A", "2026-03-17T09:00Z"), summary("copy-b", "Copy B", "2026-03-17T10:00Z"),
      summary("recopy", "Recopy of A", "2026-03-17T12:00Z"), summary("wire", "Wire headline", "2026-03-17T06:00Z"),
      summary("report", "Independent report", "2026-03-17T05:00Z"));

  @Test
  void attach_wireWithCopies_copiesUnderTheWireAndSiblingLinksViaIt() {
    List<Relation> relations = new ArrayList<>(List.of(
        reuse("wire", "copy-a", 0.9, DirectionStatus.KNOWN), reuse("wire", "copy-b", 0.8, DirectionStatus.KNOWN),
        reuse("copy-a", "copy-b", 0.5, DirectionStatus.KNOWN), reuse("copy-a", "recopy", 0.95, DirectionStatus.KNOWN),
        reuse("wire", "recopy", 0.85, DirectionStatus.KNOWN)));
    StoryCluster story = attach(relations);
    assertThat(story.tree()).containsExactly(new TreeNode(id("wire"), null, null, 0),
        new TreeNode(id("copy-a"), id("wire"), "SYNDICATED", 1),
        new TreeNode(id("recopy"), id("copy-a"), "SYNDICATED", 2),
        new TreeNode(id("copy-b"), id("wire"), "SYNDICATED", 1),
        new TreeNode(id("report"), null, null, 0));
    // Two copies of the wire share its text via it; the wire and the re-copy via the copy in between.
    assertThat(story.siblings()).containsExactly(new SiblingLink(id("copy-a"), id("copy-b"), id("wire")),
        new SiblingLink(id("recopy"), id("wire"), id("copy-a")));
    assertThat(story.title()).isEqualTo("Wire headline");
  }

  @Test
  void attach_copyOfTheWireAndOfItsVerbatimDuplicateAlike_goesUnderTheEarlierWire() {
    // copy-a duplicates the wire, so copy-b reuses both exactly as closely: the original is its source
    List<Relation> relations = List.of(reuse("wire", "copy-a", 1.0, DirectionStatus.KNOWN),
        reuse("wire", "copy-b", 0.8, DirectionStatus.KNOWN), reuse("copy-a", "copy-b", 0.8, DirectionStatus.KNOWN));
    StoryCluster story = attach(relations);
    assertThat(story.tree()).contains(new TreeNode(id("copy-b"), id("wire"), "SYNDICATED", 1));
    assertThat(story.siblings()).containsExactly(new SiblingLink(id("copy-a"), id("copy-b"), id("wire")));
  }

  @Test
  void attach_passageCopiedIntoAnotherStory_linksItsCopiesViaTheSourceInTheSourcesStory() {
    // copy-a, in another story, holds a passage of the wire; copy-b copies the whole wire
    StoryCluster wireStory = new StoryCluster("story-wire", List.of(id("copy-b"), id("wire")));
    StoryCluster other = new StoryCluster("story-copy-a", List.of(id("copy-a"), id("report")));
    List<Relation> relations = List.of(reuse("wire", "copy-a", 0.3, DirectionStatus.KNOWN),
        reuse("wire", "copy-b", 0.9, DirectionStatus.KNOWN), reuse("copy-a", "copy-b", 0.3, DirectionStatus.KNOWN));
    List<StoryCluster> stories = ProvenanceTrees.attach(List.of(other, wireStory), relations, ARTICLES);
    assertThat(stories.get(1).siblings()).containsExactly(new SiblingLink(id("copy-a"), id("copy-b"), id("wire")));
    assertThat(stories.get(0).siblings()).isEmpty();
  }

  @Test
  void attach_relationOrder_doesNotChangeTheTree() {
    List<Relation> relations = new ArrayList<>(List.of(
        reuse("wire", "copy-a", 0.9, DirectionStatus.KNOWN), reuse("wire", "copy-b", 0.9, DirectionStatus.INFERRED),
        reuse("copy-a", "copy-b", 0.9, DirectionStatus.UNDETERMINED), reuse("copy-b", "recopy", 0.7, DirectionStatus.KNOWN)));
    StoryCluster expected = attach(relations);
    Collections.shuffle(relations, new Random(12));
    assertThat(attach(relations)).isEqualTo(expected);
  }

  @Test
  void attach_inferredCycle_isBrokenAndEveryMemberListedOnce() {
    List<Relation> relations = List.of(reuse("copy-a", "copy-b", 0.9, DirectionStatus.INFERRED),
        reuse("copy-b", "recopy", 0.8, DirectionStatus.INFERRED), reuse("recopy", "copy-a", 0.7, DirectionStatus.INFERRED));
    StoryCluster story = attach(relations);
    assertThat(story.tree()).extracting(TreeNode::article).containsExactlyInAnyOrderElementsOf(members());
    assertThat(story.tree()).filteredOn(n -> n.source() == null).hasSize(3);
  }

  @Test
  void attach_noReuse_namedByTheEarliestHeadline() {
    StoryCluster story = attach(List.of());
    assertThat(story.tree()).allMatch(n -> n.depth() == 0);
    assertThat(story.title()).isEqualTo("Independent report");
  }

  @Test
  void writers_showTheTreeAndLeaveSiblingLinksOutOfTheRelations() {
    List<Relation> relations = List.of(reuse("wire", "copy-a", 0.9, DirectionStatus.KNOWN),
        reuse("wire", "copy-b", 0.8, DirectionStatus.KNOWN), reuse("copy-a", "copy-b", 0.5, DirectionStatus.KNOWN));
    CorpusReport report = new CorpusReport(ARTICLES, List.of(attach(relations)), relations, Map.of());
    String json = new JsonReportWriter().write(report).replaceAll("\\s+", "");
    assertThat(json).contains("\"title\":\"Wireheadline\"", "\"tree\":[{\"article\":\"wire\",\"source\":null",
        "{\"article\":\"copy-a\",\"source\":\"wire\",\"kind\":\"SYNDICATED\",\"depth\":1}",
        "\"siblings\":[{\"articles\":[\"copy-a\",\"copy-b\"],\"via\":\"wire\"}]", "\"via\":\"wire\"", "\"via\":null");
    String text = new TextReportWriter().write(report);
    assertThat(text).contains("    <- SYNDICATED copy-a\n", "copy-a ~ copy-b via wire").doesNotContain("copy-b <- copy-a");
    String html = new HtmlReportWriter(List.of()).write(report);
    assertThat(html).contains("&larr; SYNDICATED <code>copy-b</code>", "via <code>wire</code>");
  }

  private static StoryCluster attach(List<Relation> relations) {
    StoryCluster story = new StoryCluster("story-copy-a", members());
    return ProvenanceTrees.attach(List.of(story), relations, ARTICLES).getFirst();
  }

  private static List<ArticleId> members() {
    return ARTICLES.stream().map(ArticleSummary::id).sorted().toList();
  }

  /** A reuse relation whose strength (coverage times score) is {@code coverage}. */
  private static Relation reuse(String source, String derived, double coverage, DirectionStatus status) {
    Direction d = new Direction(id(source), id(derived), status, List.of("test"), false);
    AlignedPair pair = new AlignedPair(List.of(0), List.of(0), new Span(0, 1), new Span(0, 1), AlignmentType.EDITED,
        1.0, 1.0, 1.0, 0.0);
    return new Relation(RelationKind.SYNDICATED, d, 1.0, coverage, coverage, coverage, coverage, 0.5, List.of(pair),
        List.of(), 0.5, 1, 20, 0.0);
  }

  private static ArticleSummary summary(String id, String title, String published) {
    return new ArticleSummary(id(id), title, null, published, 10);
  }

  private static ArticleId id(String s) {
    return new ArticleId(s);
  }
}
