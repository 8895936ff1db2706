package org.wiretrace.detect;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How many articles of a run mention each name (a capitalised word that does not open its sentence,
 * as a hashed stem): the run's document frequency of names. Story grouping uses it to tell names
 * that single out one event (the people and the town of one case, mentioned only by its reports) from
 * names that a topic shares (the court, the league, the county, weekdays), see {@link EventNames}.
 * A run computed in pieces (the Spark job) must count over all its articles, as the embedded
 * {@link ReuseDetector#analyze} does, so that both group stories alike. Immutable and serializable.
 */
public final class NameCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final HashMap<Long, Integer> counts;

  private NameCounts(HashMap<Long, Integer> counts) {
    this.counts = counts;
  }

  /**
   * Returns counts given as a map, e.g. aggregated by a cluster job from {@link ReuseDetector#names}.
   *
   * @param counts number of articles mentioning each name
   * @return the counts
   * @throws IllegalArgumentException when a count is negative
   */
  public static NameCounts of(Map<Long, ? extends Number> counts) {
    HashMap<Long, Integer> copy = new HashMap<>();
    counts.forEach((name, n) -> {
      if (n.intValue() < 0) {
        throw new IllegalArgumentException("name count " + n + " for name " + name
            + " is negative; give the number of articles that mention the name");
      }
      copy.put(name, n.intValue());
    });
    return new NameCounts(copy);
  }

  /** Counts the names of articles, each article's names distinct. */
  static NameCounts count(Collection<long[]> names) {
    HashMap<Long, Integer> counts = new HashMap<>();
    for (long[] article : names) {
      for (long name : article) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    return new NameCounts(counts);
  }

  /**
   * Returns how many articles mention a name.
   *
   * @param name the hashed name
   * @return the count, 0 for an unknown name
   */
  public int count(long name) {
    return counts.getOrDefault(name, 0);
  }

  /**
   * Returns how many distinct names were counted.
   *
   * @return the number of names
   */
  public int size() {
    return counts.size();
  }
}
