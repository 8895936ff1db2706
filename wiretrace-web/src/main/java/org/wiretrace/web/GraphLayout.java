package org.wiretrace.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Layered drawing of a provenance graph, after Sugiyama, Tagawa & Toda, "Methods for visual
 * understanding of hierarchical system structures" (IEEE SMC 1981), cut down to what a story of a
 * few dozen articles needs:
 *
 * 1. Layers: each node's layer is the longest path of directed edges leading to it, so every source
 *    sits above everything derived from it. Cycles (conflicting evidence) are broken by dropping the
 *    edges that close them in a depth-first walk in node order. Undetermined edges do not constrain
 *    layers; they are drawn as dashed lines without an arrowhead wherever their ends fall.
 * 2. Order within a layer: start from the given node order (publication time, then id), then four
 *    down/up sweeps of the barycenter heuristic (each node moves to the mean position of its
 *    neighbours in the adjacent layer), which removes most crossings for small graphs. Ties keep the
 *    previous order, so the result is deterministic.
 * 3. Coordinates: fixed-size boxes, layers centred horizontally.
 *
 * Edges spanning several layers pass through narrow dummy slots on the layers between (so they
 * take part in the ordering and never run through a box), and are drawn as smooth curves through
 * them. Each sweep is quadratic in the number of links, fine for the hundreds of articles a story
 * page shows.
 */

/** Places the nodes of a provenance graph in layers, sources on top. */
final class GraphLayout {

  static final int NODE_WIDTH = 220;
  static final int NODE_HEIGHT = 46;
  static final int H_GAP = 36;
  static final int V_GAP = 96;
  static final int MARGIN = 24;
  /** Room below the last layer for arcs between boxes of one layer. */
  static final int ARC_ROOM = 64;
  /** Width of the slot a long edge takes on a layer it passes. */
  static final int DUMMY_WIDTH = 24;
  private static final int SWEEPS = 4;

  /**
   * A node to draw.
   *
   * @param id the article id
   * @param label the text in the box (e.g. the title)
   * @param caption the second line (e.g. outlet and time)
   * @param href where a click leads
   */
  record Node(String id, String label, String caption, String href) {}

  /**
   * An edge to draw.
   *
   * @param from the source node id (either end when undetermined)
   * @param to the derived node id
   * @param label what the edge says (kind and coverage)
   * @param directed false when the direction is undetermined
   * @param href where a click on the label leads (the comparison)
   */
  record Edge(String from, String to, String label, boolean directed, String href) {}

  /**
   * A placed node.
   *
   * @param node the node
   * @param layer its layer, from 0 at the top
   * @param x left edge
   * @param y top edge
   */
  record Placed(Node node, int layer, int x, int y) {
    int centerX() {
      return x + NODE_WIDTH / 2;
    }
  }

  /**
   * The laid-out graph.
   *
   * @param nodes placed nodes, by id
   * @param edges the edges, those closing a cycle marked undirected
   * @param routes for each edge (same index), the centres of the dummy slots it passes through on
   *     the layers between its ends, top to bottom; empty for edges between adjacent or equal layers
   * @param width drawing width
   * @param height drawing height
   */
  record Result(Map<String, Placed> nodes, List<Edge> edges, List<List<int[]>> routes, int width, int height) {}

  private GraphLayout() {}

  /**
   * Lays out a graph.
   *
   * @param nodes the nodes in preferred order (publication time, then id)
   * @param edges the edges; ends must be among the nodes
   * @return the placed graph
   */
  static Result layout(List<Node> nodes, List<Edge> edges) {
    requireKnownEnds(nodes, edges);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    List<Edge> kept = breakCycles(nodes, edges, index);
    int[] layer = layers(nodes.size(), kept, index);
    Proper proper = Proper.of(nodes.size(), layer, kept, index);
    List<List<Integer>> layers = order(proper);
    return place(nodes, layers, kept, proper);
  }

  /**
   * The graph made proper: every edge spanning several layers is cut into links between adjacent
   * layers through dummy slots (ids from the real node count up), as Sugiyama's method requires.
   *
   * @param layer layer of every slot, real and dummy
   * @param links adjacent-layer links as {upper slot, lower slot}
   * @param chains for each edge, its dummy slots from top to bottom
   * @param realCount the number of real nodes
   */
  private record Proper(List<Integer> layer, List<int[]> links, List<List<Integer>> chains, int realCount) {

    static Proper of(int n, int[] layer, List<Edge> edges, Map<String, Integer> index) {
      List<Integer> layers = new ArrayList<>();
      for (int l : layer) {
        layers.add(l);
      }
      Proper proper = new Proper(layers, new ArrayList<>(), new ArrayList<>(), n);
      for (Edge e : edges) {
        int a = index.get(e.from());
        int b = index.get(e.to());
        proper.chains().add(layer[a] <= layer[b] ? proper.cut(a, b) : proper.cut(b, a));
      }
      return proper;
    }

    /** Links top to bottom through one new dummy slot per layer between them; returns the dummies. */
    private List<Integer> cut(int top, int bottom) {
      List<Integer> chain = new ArrayList<>();
      int previous = top;
      for (int l = layer.get(top) + 1; l < layer.get(bottom); l++) {
        layer.add(l);
        int dummy = layer.size() - 1;
        chain.add(dummy);
        links.add(new int[] {previous, dummy});
        previous = dummy;
      }
      if (!layer.get(top).equals(layer.get(bottom))) {
        links.add(new int[] {previous, bottom});
      }
      return chain;
    }
  }

  /** Marks as undirected the directed edges that close a cycle, found by depth-first search in node order. */
  private static List<Edge> breakCycles(List<Node> nodes, List<Edge> edges, Map<String, Integer> index) {
    List<List<Integer>> out = adjacency(nodes.size(), edges, index);
    int[] state = new int[nodes.size()];
    Set<Integer> back = new HashSet<>();
    for (int n = 0; n < nodes.size(); n++) {
      if (state[n] == 0) {
        dfs(n, out, edges, index, state, back);
      }
    }
    List<Edge> result = new ArrayList<>(edges.size());
    for (int e = 0; e < edges.size(); e++) {
      Edge edge = edges.get(e);
      result.add(back.contains(e) ? new Edge(edge.from(), edge.to(), edge.label(), false, edge.href()) : edge);
    }
    return result;
  }

  private static void dfs(int start, List<List<Integer>> out, List<Edge> edges, Map<String, Integer> index,
      int[] state, Set<Integer> back) {
    // iterative DFS: a deep chain of copies must not overflow the stack
    ArrayDeque<int[]> stack = new ArrayDeque<>();
    stack.push(new int[] {start, 0});
    state[start] = 1;
    while (!stack.isEmpty()) {
      int[] top = stack.peek();
      List<Integer> next = out.get(top[0]);
      if (top[1] == next.size()) {
        state[top[0]] = 2;
        stack.pop();
        continue;
      }
      int e = next.get(top[1]++);
      int to = index.get(edges.get(e).to());
      if (state[to] == 1) {
        back.add(e);
      } else if (state[to] == 0) {
        state[to] = 1;
        stack.push(new int[] {to, 0});
      }
    }
  }

  /** Outgoing directed edge indices per node, in edge order. */
  private static List<List<Integer>> adjacency(int n, List<Edge> edges, Map<String, Integer> index) {
    List<List<Integer>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (int e = 0; e < edges.size(); e++) {
      if (edges.get(e).directed()) {
        out.get(index.get(edges.get(e).from())).add(e);
      }
    }
    return out;
  }

  /** Longest-path layering over the (now acyclic) directed edges, by relaxation. */
  private static int[] layers(int n, List<Edge> edges, Map<String, Integer> index) {
    int[] layer = new int[n];
    boolean changed = true;
    for (int round = 0; changed && round <= n; round++) {
      changed = false;
      for (Edge e : edges) {
        int from = index.get(e.from());
        int to = index.get(e.to());
        if (e.directed() && layer[to] < layer[from] + 1) {
          layer[to] = layer[from] + 1;
          changed = true;
        }
      }
    }
    return layer;
  }

  private static List<List<Integer>> order(Proper g) {
    int depth = g.layer().stream().mapToInt(l -> l + 1).max().orElse(0);
    List<List<Integer>> layers = new ArrayList<>();
    for (int l = 0; l < depth; l++) {
      layers.add(new ArrayList<>());
    }
    for (int slot = 0; slot < g.layer().size(); slot++) {
      layers.get(g.layer().get(slot)).add(slot);
    }
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      for (int l = 1; l < depth; l++) {
        reorder(layers.get(l), layers.get(l - 1), g.links());
      }
      for (int l = depth - 2; l >= 0; l--) {
        reorder(layers.get(l), layers.get(l + 1), g.links());
      }
    }
    return layers;
  }

  /** Sorts a layer by the mean position of each slot's neighbours in the fixed layer; stable. */
  private static void reorder(List<Integer> moving, List<Integer> fixed, List<int[]> links) {
    Map<Integer, Double> key = new HashMap<>();
    for (int pos = 0; pos < moving.size(); pos++) {
      int slot = moving.get(pos);
      double sum = 0;
      int count = 0;
      for (int[] link : links) {
        int other = link[0] == slot ? link[1] : link[1] == slot ? link[0] : -1;
        int at = other < 0 ? -1 : fixed.indexOf(other);
        if (at >= 0) {
          sum += at;
          count++;
        }
      }
      key.put(slot, count == 0 ? pos : sum / count);
    }
    moving.sort(Comparator.comparingDouble(key::get));
  }

  private static Result place(List<Node> nodes, List<List<Integer>> layers, List<Edge> edges, Proper g) {
    int width = layers.stream().mapToInt(row -> rowWidth(row, g)).max().orElse(NODE_WIDTH) + 2 * MARGIN;
    Map<String, Placed> placed = new LinkedHashMap<>();
    Map<Integer, int[]> dummyCentres = new HashMap<>();
    for (int l = 0; l < layers.size(); l++) {
      List<Integer> row = layers.get(l);
      int x = (width - rowWidth(row, g)) / 2;
      int y = MARGIN + l * (NODE_HEIGHT + V_GAP);
      for (int slot : row) {
        if (slot < g.realCount()) {
          placed.put(nodes.get(slot).id(), new Placed(nodes.get(slot), l, x, y));
        } else {
          dummyCentres.put(slot, new int[] {x + DUMMY_WIDTH / 2, y + NODE_HEIGHT / 2});
        }
        x += slotWidth(slot, g) + H_GAP;
      }
    }
    List<List<int[]>> routes = new ArrayList<>();
    g.chains().forEach(chain -> routes.add(chain.stream().map(dummyCentres::get).toList()));
    int height = Math.max(1, layers.size()) * (NODE_HEIGHT + V_GAP) - V_GAP + 2 * MARGIN + ARC_ROOM;
    return new Result(placed, List.copyOf(edges), routes, Math.max(width, NODE_WIDTH + 2 * MARGIN), height);
  }

  private static int rowWidth(List<Integer> row, Proper g) {
    int sum = row.stream().mapToInt(slot -> slotWidth(slot, g)).sum();
    return row.isEmpty() ? 0 : sum + (row.size() - 1) * H_GAP;
  }

  private static int slotWidth(int slot, Proper g) {
    return slot < g.realCount() ? NODE_WIDTH : DUMMY_WIDTH;
  }

  static void requireKnownEnds(List<Node> nodes, List<Edge> edges) {
    Set<String> ids = new HashSet<>();
    nodes.forEach(n -> ids.add(n.id()));
    for (Edge e : edges) {
      if (!ids.contains(e.from()) || !ids.contains(e.to())) {
        throw new IllegalArgumentException("edge " + e.from() + " -> " + e.to() + " names a node not in the graph");
      }
    }
  }
}
