package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import java.util.HashSet;
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

  private static final int LABEL_CHARS = 26;

  private GraphSvg() {}

  static Tag render(Result graph, String description) {
    Tag svg = tag("svg").cls("graph").attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 " + graph.width() + " " + graph.height())
        .attr("width", graph.width()).attr("height", graph.height())
        .attr("role", "img").attr("aria-label", description);
    svg.add(tag("title").text(description), defs());
    graph.edges().forEach(e -> svg.add(edge(graph, e)));
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

  private static Tag edge(Result graph, Edge e) {
    Placed a = graph.nodes().get(e.from());
    Placed b = graph.nodes().get(e.to());
    double[] c = curve(a, b);
    Tag path = tag("path").attr("d", String.format(Locale.ROOT, "M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f",
        c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
    if (e.directed()) {
      path.attr("marker-end", "url(#arrow)");
    }
    double mx = (c[0] + 3 * c[2] + 3 * c[4] + c[6]) / 8;
    double my = (c[1] + 3 * c[3] + 3 * c[5] + c[7]) / 8;
    String label = e.directed() ? e.label() : e.label() + " · direction undetermined";
    Tag group = tag("g").cls("edge").attr("data-from", e.from()).attr("data-to", e.to());
    if (!e.directed()) {
      group.cls("undetermined");
    }
    Tag text = tag("text").attr("x", String.format(Locale.ROOT, "%.1f", mx))
        .attr("y", String.format(Locale.ROOT, "%.1f", my + 4)).attr("text-anchor", "middle").text(label);
    return group.add(tag("title").text(e.from() + " → " + e.to() + ": " + label),
        path, tag("a").attr("href", e.href()).add(text));
  }

  /** Bezier control points: bottom of the upper box to top of the lower box, or an arc below a layer. */
  private static double[] curve(Placed a, Placed b) {
    if (a.layer() == b.layer()) {
      double y = a.y() + GraphLayout.NODE_HEIGHT;
      double drop = Math.min(GraphLayout.ARC_ROOM, 30 + Math.abs(a.x() - b.x()) / 8.0);
      return new double[] {a.centerX(), y, a.centerX(), y + drop, b.centerX(), y + drop, b.centerX(), y};
    }
    boolean down = a.layer() < b.layer();
    double y1 = down ? a.y() + GraphLayout.NODE_HEIGHT : a.y();
    double y2 = down ? b.y() : b.y() + GraphLayout.NODE_HEIGHT;
    double dy = (y2 - y1) / 2;
    return new double[] {a.centerX(), y1, a.centerX(), y1 + dy, b.centerX(), y2 - dy, b.centerX(), y2};
  }

  static String shorten(String s) {
    return s.length() <= LABEL_CHARS ? s : s.substring(0, LABEL_CHARS - 1).stripTrailing() + "…";
  }
}
