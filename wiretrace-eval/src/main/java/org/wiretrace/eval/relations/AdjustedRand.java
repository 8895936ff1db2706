package org.wiretrace.eval.relations;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/*
 * Adjusted Rand index (Hubert & Arabie 1985, "Comparing partitions", J. Classification 2:193-218):
 * the Rand index of two partitions of the same items corrected for chance, from the contingency
 * table n_ij (items in true cluster i and predicted cluster j) with row sums a_i and column sums
 * b_j: ARI = (sum C(n_ij,2) - E) / (0.5 (sum C(a_i,2) + sum C(b_j,2)) - E), where
 * E = sum C(a_i,2) * sum C(b_j,2) / C(n,2). 1 for identical partitions, about 0 for random ones,
 * negative when worse than chance. When both partitions are trivial in the same way (all singletons
 * or one cluster) the denominator is 0 and the partitions agree, so 1 is returned. O(n) time.
 */
/** Adjusted Rand index of two partitions, and stories as connected components of relations. */
public final class AdjustedRand {

  private AdjustedRand() {}

  /**
   * Computes the adjusted Rand index of two clusterings of the same items.
   *
   * @param truth item to true cluster label
   * @param predicted item to predicted cluster label; must have the same items
   * @return the index, in [-1, 1]
   * @throws IllegalArgumentException when the item sets differ
   */
  public static double index(Map<String, String> truth, Map<String, String> predicted) {
    if (!truth.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException("the two clusterings cover different items (" + truth.size() + " vs "
          + predicted.size() + "); give every item a cluster in both");
    }
    Map<String, Long> cells = new HashMap<>();
    Map<String, Long> rows = new HashMap<>();
    Map<String, Long> columns = new HashMap<>();
    truth.forEach((item, t) -> {
      String p = predicted.get(item);
      cells.merge(t + "\u0000" + p, 1L, Long::sum);
      rows.merge(t, 1L, Long::sum);
      columns.merge(p, 1L, Long::sum);
    });
    return adjusted(pairs(cells.values()), pairs(rows.values()), pairs(columns.values()), truth.size());
  }

  private static double adjusted(double index, double rows, double columns, long n) {
    double total = n * (n - 1) / 2.0;
    double expected = total == 0 ? 0 : rows * columns / total;
    double max = (rows + columns) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double pairs(Collection<Long> sizes) {
    return sizes.stream().mapToDouble(s -> s * (s - 1) / 2.0).sum();
  }

  /**
   * Groups items into stories: the connected components of the relations (UNRELATED ignored);
   * items in no relation are singletons.
   *
   * @param items all items
   * @param relations links between items; ids outside {@code items} are added
   * @return item to the smallest id of its component, sorted by item
   */
  public static Map<String, String> stories(Collection<String> items, List<RelationLabel> relations) {
    Map<String, String> parent = new TreeMap<>();
    items.forEach(i -> parent.put(i, i));
    for (RelationLabel r : relations) {
      if (!r.kind().equals("UNRELATED")) {
        union(parent, r.source(), r.derived());
      }
    }
    Map<String, String> out = new TreeMap<>();
    parent.keySet().forEach(i -> out.put(i, root(parent, i)));
    return out;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (ra.compareTo(rb) < 0) {
      parent.put(rb, ra);
    } else if (rb.compareTo(ra) < 0) {
      parent.put(ra, rb);
    }
  }

  private static String root(Map<String, String> parent, String id) {
    String p = parent.computeIfAbsent(id, k -> k);
    if (p.equals(id)) {
      return id;
    }
    String r = root(parent, p);
    parent.put(id, r);
    return r;
  }
}
