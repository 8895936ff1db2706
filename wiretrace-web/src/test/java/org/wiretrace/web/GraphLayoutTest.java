package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.web.GraphLayout.Edge;
import org.wiretrace.web.GraphLayout.Node;
import org.wiretrace.web.GraphLayout.Result;

class GraphLayoutTest {

  private static Node node(String id) {
    return new Node(id, "Title " + id, "outlet", "/articles/" + id);
  }

  private static Edge edge(String from, String to, boolean directed) {
    return new Edge(from, to, "SYNDICATED 90%", directed, "/compare?a=" + from + "&b=" + to);
  }

  @Test
  void layout_chainGoesDown() {
    Result r = GraphLayout.layout(List.of(node("a"), node("b"), node("c")),
        List.of(edge("a", "b", true), edge("b", "c", true)));
    assertThat(r.nodes().get("a").layer()).isZero();
    assertThat(r.nodes().get("b").layer()).isEqualTo(1);
    assertThat(r.nodes().get("c").layer()).isEqualTo(2);
    assertThat(r.nodes().get("c").y()).isGreaterThan(r.nodes().get("b").y());
  }

  @Test
  void layout_longestPathWins() {
    Result r = GraphLayout.layout(List.of(node("a"), node("b"), node("c")),
        List.of(edge("a", "c", true), edge("a", "b", true), edge("b", "c", true)));
    assertThat(r.nodes().get("c").layer()).isEqualTo(2);
  }

  @Test
  void layout_undeterminedEdgeKeepsLayer() {
    Result r = GraphLayout.layout(List.of(node("a"), node("b")), List.of(edge("a", "b", false)));
    assertThat(r.nodes().get("a").layer()).isEqualTo(r.nodes().get("b").layer());
  }

  @Test
  void layout_cycleBroken() {
    Result r = GraphLayout.layout(List.of(node("a"), node("b")), List.of(edge("a", "b", true), edge("b", "a", true)));
    assertThat(r.edges()).filteredOn(Edge::directed).hasSize(1);
    assertThat(r.nodes().get("b").layer()).isEqualTo(1);
  }

  @Test
  void layout_boxesNeverOverlap() {
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      nodes.add(node("n" + i));
      if (i > 0) {
        edges.add(edge("n" + (i - 1) / 3, "n" + i, i % 4 != 0));
      }
    }
    Result r = GraphLayout.layout(nodes, edges);
    for (GraphLayout.Placed p : r.nodes().values()) {
      for (GraphLayout.Placed q : r.nodes().values()) {
        if (p != q) {
          boolean apart = Math.abs(p.x() - q.x()) >= GraphLayout.NODE_WIDTH || Math.abs(p.y() - q.y()) >= GraphLayout.NODE_HEIGHT;
          assertThat(apart).as(p.node().id() + " vs " + q.node().id()).isTrue();
        }
      }
      assertThat(p.x() + GraphLayout.NODE_WIDTH).isLessThanOrEqualTo(r.width());
      assertThat(p.y() + GraphLayout.NODE_HEIGHT).isLessThanOrEqualTo(r.height());
    }
  }

  @Test
  void layout_barycenterUncrosses() {
    // a1 -> b2 and a2 -> b1 cross in input order; the sweep puts b2 under a1
    Result r = GraphLayout.layout(List.of(node("a1"), node("a2"), node("b1"), node("b2")),
        List.of(edge("a1", "b2", true), edge("a2", "b1", true)));
    assertThat(r.nodes().get("b2").x()).isLessThan(r.nodes().get("b1").x());
  }

  @Test
  void layout_longEdgeGoesAroundMiddleBox() {
    Result r = GraphLayout.layout(List.of(node("a"), node("b"), node("c")),
        List.of(edge("a", "b", true), edge("b", "c", true), edge("a", "c", true)));
    List<int[]> route = r.routes().get(2);
    assertThat(route).hasSize(1);
    GraphLayout.Placed b = r.nodes().get("b");
    boolean outsideB = route.get(0)[0] < b.x() || route.get(0)[0] > b.x() + GraphLayout.NODE_WIDTH;
    assertThat(outsideB).isTrue();
    assertThat(r.routes().get(0)).isEmpty();
  }

  @Test
  void render_longEdgePassesThroughDummy() {
    Result r = GraphLayout.layout(List.of(node("a"), node("b"), node("c")),
        List.of(edge("a", "b", true), edge("b", "c", true), edge("a", "c", true)));
    String svg = GraphSvg.render(r, "graph").toString();
    assertThat(svg.split(" C", -1).length - 1).as("cubic segments").isEqualTo(1 + 1 + 2);
  }

  @Test
  void layout_unknownEnd() {
    assertThatThrownBy(() -> GraphLayout.layout(List.of(node("a")), List.of(edge("a", "zz", true))))
        .hasMessageContaining("zz");
  }

  @Test
  void render_escapesLabels() {
    Result r = GraphLayout.layout(List.of(new Node("x", "<script>", "<b>", "/articles/x")), List.of());
    String svg = GraphSvg.render(r, "graph").toString();
    assertThat(svg).contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("<b>");
  }

  @Test
  void render_undeterminedHasNoArrow() {
    Result r = GraphLayout.layout(List.of(node("a"), node("b")), List.of(edge("a", "b", false)));
    String svg = GraphSvg.render(r, "graph").toString();
    assertThat(svg).contains("class=\"edge undetermined\"").doesNotContain("marker-end")
        .contains("direction undetermined");
  }
}
