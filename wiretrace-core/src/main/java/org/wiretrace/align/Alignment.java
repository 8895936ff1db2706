package org.wiretrace.align;

import java.util.List;

/**
 * The sentence alignment of a source and a derived article.
 *
 * @param pairs aligned passages in derived-text order
 * @param added derived body sentence indices with no source counterpart
 * @param dropped source body sentence indices with no derived counterpart
 */
public record Alignment(List<AlignedPair> pairs, List<Integer> added, List<Integer> dropped) {

  /** Copies the lists. */
  public Alignment {
    pairs = List.copyOf(pairs);
    added = List.copyOf(added);
    dropped = List.copyOf(dropped);
  }

  /**
   * Returns the same alignment seen from the other side.
   *
   * @return the alignment with source and derived swapped
   */
  public Alignment swap() {
    List<AlignedPair> swapped = new java.util.ArrayList<>();
    for (AlignedPair p : pairs) {
      swapped.add(p.swap());
    }
    swapped.sort(java.util.Comparator.comparing(AlignedPair::derivedSpan));
    return new Alignment(swapped, dropped, added);
  }
}
