package org.wiretrace.cluster;

/**
 * Union-find over {@code 0..n-1} with path halving and union by size: near-constant time per
 * operation (Tarjan 1975). Not thread-safe.
 */
public final class DisjointSets {

  private final int[] parent;
  private final int[] size;

  /**
   * Creates n singleton sets.
   *
   * @param n number of elements
   */
  public DisjointSets(int n) {
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  /**
   * Returns the representative of an element's set.
   *
   * @param x the element
   * @return its representative
   */
  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /**
   * Joins the sets of two elements.
   *
   * @param a an element
   * @param b an element
   */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }
}
