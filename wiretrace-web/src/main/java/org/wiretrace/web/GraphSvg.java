package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wiretrace.web.GraphLayout.Edge;
import org.wiretrace.web.GraphLayout.Placed;
import org.wiretrace.web.GraphLayout.Result;
import org.wiretrace.web.Html.Tag;

/**
 * Draws a laid-out provenance graph as inline SVG: articles as boxes linking to their pages, reuse
 * as arrows from source to derived labelled with kind and coverage, undetermined direction as a
 * dashed line without arrowhead. All text is escaped; styling comes from the site's style sheet.
 */
final class GraphSvg {

  private static final int LABEL_CHARS = 31;

  private GraphSvg() {}

  static Tag render(Result graph, String description) {
    Tag svg = tag("svg").cls("graph").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 " + graph.width() + " " + graph.height())
        .attr("width", graph.width()).attr("height", graph.height())
        .attr("role", "img").attr("aria-label", description);
    svg.add(tag("title").text(description), defs());
    for (int i = 0; i < graph.edges().size(); i++) {
      svg.add(edge(graph, graph.edges().get(i), graph.routes().get(i)));
    }
    Set<String> derived = new HashSet<>();
    graph.edges().stream().filter(Edge::directed).forEach(e -> derived.add(e.to()));
    graph.nodes().values().forEach(p -> svg.add(node(p, !derived.contains(p.node().id()))));
    return svg;
  }

  private static Tag defs() {
    Tag marker = tag("marker").attr("id", "arrow").attr("viewBox", "0 0 10 10").attr("refX", 10).attr("refY", 5)
        .attr("markerWidth", 9).attr("markerHeight", 9).attr("orient", "auto")
        .add(tag("path").attr("d", "M0,0 L10,5 L0,10 z"));
    return tag("defs").add(marker);
  }

  private static Tag node(Placed p, boolean root) {
    Tag group = tag("g").cls("node").attr("data-id", p.node().id());
    if (root) {
      group.cls("root");
    }
    Tag link = tag("a").attr("href", p.node().href()).add(
        tag("title").text(p.node().label() + " (" + p.node().caption() + ")"),
        tag("rect").attr("x", p.x()).attr("y", p.y()).attr("width", GraphLayout.NODE_WIDTH)
            .attr("height", GraphLayout.NODE_HEIGHT).attr("rx", 6),
        tag("text").attr("x", p.x() + 10).attr("y", p.y() + 19).text(shorten(p.node().label())),
        tag("text").cls("outlet").attr("x", p.x() + 10).attr("y", p.y() + 36).text(shorten(p.node().caption())));
    return group.add(link);
  }

  private static Tag edge(Result graph, Edge e, List<int[]> route) {
    Placed a = graph.nodes().get(e.from());
    Placed b = graph.nodes().get(e.to());
    List<double[]> points = points(a, b, route);
    Tag path = tag("path").attr("d", smoothPath(points, a.layer() == b.layer()));
    if (e.directed()) {
      path.attr("marker-end", "url(#arrow)");
    }
    double[] mid = labelPoint(points, a.layer() == b.layer());
    String label = e.directed() ? e.label() : e.label() + " · direction undetermined";
    Tag group = tag("g").cls("edge").attr("data-from", e.from()).attr("data-to", e.to());
    if (!e.directed()) {
      group.cls("undetermined");
    }
    Tag text = tag("text").attr("x", fmt(mid[0])).attr("y", fmt(mid[1] + 4)).attr("text-anchor", "middle").text(label);
    return group.add(tag("title").text(e.from() + " → " + e.to() + ": " + label),
        path, tag("a").attr("href", e.href()).add(text));
  }

  /** From the source box to the derived box, through the dummy slots, in drawing direction. */
  private static List<double[]> points(Placed a, Placed b, List<int[]> route) {
    List<double[]> points = new ArrayList<>();
    if (a.layer() == b.layer()) {
      double y = a.y() + GraphLayout.NODE_HEIGHT;
      return List.of(new double[] {a.centerX(), y}, new double[] {b.centerX(), y});
    }
    boolean down = a.layer() < b.layer();
    points.add(new double[] {a.centerX(), down ? a.y() + GraphLayout.NODE_HEIGHT : a.y()});
    List<int[]> via = new ArrayList<>(route);
    if (!down) {
      java.util.Collections.reverse(via);
    }
    via.forEach(p -> points.add(new double[] {p[0], p[1]}));
    points.add(new double[] {b.centerX(), down ? b.y() : b.y() + GraphLayout.NODE_HEIGHT});
    return points;
  }

  /** Cubic segments with vertical tangents between consecutive points; an arc below when in one layer. */
  private static String smoothPath(List<double[]> points, boolean sameLayer) {
    StringBuilder d = new StringBuilder("M" + fmt(points.get(0)[0]) + "," + fmt(points.get(0)[1]));
    for (int i = 1; i < points.size(); i++) {
      double[] p = points.get(i - 1);
      double[] q = points.get(i);
      double bend = sameLayer ? Math.min(GraphLayout.ARC_ROOM, 30 + Math.abs(q[0] - p[0]) / 8.0) : (q[1] - p[1]) / 2;
      d.append(" C").append(fmt(p[0])).append(',').append(fmt(p[1] + bend)).append(' ')
          .append(fmt(q[0])).append(',').append(fmt(sameLayer ? q[1] + bend : q[1] - bend)).append(' ')
          .append(fmt(q[0])).append(',').append(fmt(q[1]));
    }
    return d.toString();
  }

  /** Where the label goes: the middle of the middle segment. */
  private static double[] labelPoint(List<double[]> points, boolean sameLayer) {
    int i = (points.size() - 1) / 2;
    double[] p = points.get(i);
    double[] q = points.get(i + 1);
    double y = sameLayer ? p[1] + 0.75 * Math.min(GraphLayout.ARC_ROOM, 30 + Math.abs(q[0] - p[0]) / 8.0) : (p[1] + q[1]) / 2;
    return new double[] {(p[0] + q[0]) / 2, y};
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String shorten(String s) {
    return s.length() <= LABEL_CHARS ? s : s.substring(0, LABEL_CHARS - 1).stripTrailing() + "…";
  }
}
