package org.wiretrace.eval.relations;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Scores a detector run (predicted relations) against true relations.
 *
 * <p>Method. Pairs are compared without direction. A labelled reuse pair (DUPLICATE, SYNDICATED,
 * PARAPHRASED, SPUN, PARTIAL) is found when the run predicts any reuse kind for the same two
 * articles; precision, recall and F1 count such pairs. Found pairs are then checked for the
 * direction (the predicted source is the true source) and for the exact kind (a confusion table of
 * true kind by predicted kind). Labels list only direct reuse, yet two copies of one wire story
 * really do share text; so a predicted reuse pair inside one labelled family (articles connected by
 * labelled reuse) that is not itself labelled is counted as indirect and reported apart: the strict
 * precision counts it as wrong unless the run itself reported it as a link via a common source (a
 * sibling link, not a direct claim), the lenient precision leaves it out. Labelled SAME_STORY pairs give
 * the same-story recall, and count as errors when predicted as reuse. Unlabelled SAME_STORY
 * predictions are not scored, since labels need not list every same-event pair. Deterministic.
 */
public final class RelationEvaluation {

  /** Label of the confusion column for true pairs the run did not predict. */
  public static final String MISSED = "MISSED";

  private static final int EXAMPLES = 10;

  private RelationEvaluation() {}

  /**
   * Scores predicted relations against true ones.
   *
   * @param truth the labels
   * @param predicted the run's relations (any kinds; UNRELATED ignored)
   * @return the scores
   */
  public static RelationScores score(List<RelationLabel> truth, List<RelationLabel> predicted) {
    Map<String, RelationLabel> trueReuse = byPair(truth, true);
    Map<String, RelationLabel> trueSame = byPair(truth.stream().filter(l -> l.kind().equals("SAME_STORY")).toList(), false);
    Map<String, RelationLabel> predictedAll = byPair(predicted, false);
    Map<String, RelationLabel> predictedReuse = byPair(predicted, true);
    Families families = new Families(trueReuse.values());
    Tally tally = new Tally();
    trueReuse.forEach((key, label) -> tally.judgeTrue(label, predictedReuse.get(key)));
    predictedReuse.forEach((key, p) -> tally.judgePredicted(p, trueReuse.containsKey(key), trueSame.containsKey(key),
        families.related(p.source(), p.derived())));
    trueSame.forEach((key, label) -> tally.sameStory(predictedAll.get(key)));
    return new RelationScores(trueReuse.size(), predictedReuse.size(), tally.found, tally.indirect, tally.via,
        tally.sameAsReuse, tally.directionCorrect, tally.kindCorrect, trueSame.size(), tally.sameFound,
        tally.confusion, tally.misses, tally.falseReuse);
  }

  /**
   * Prints the scores as a table, ending with {@link RelationScores#summary()}.
   *
   * @param s the scores
   * @param out where to print
   */
  public static void print(RelationScores s, PrintStream out) {
    out.printf(Locale.ROOT, "reuse pairs: %d labelled, %d predicted, %d found%n", s.trueReuse(), s.predictedReuse(), s.found());
    out.printf(Locale.ROOT, "  precision %.3f (lenient %.3f: %d indirect pairs inside labelled families left out;"
        + " %d of them reported via their common source, left out of both)%n",
        s.precision(), s.lenientPrecision(), s.indirect(), s.viaInFamily());
    out.printf(Locale.ROOT, "  recall    %.3f%n  f1        %.3f%n", s.recall(), s.f1());
    out.printf(Locale.ROOT, "direction: %.3f of found pairs (%d/%d)%n", s.directionAccuracy(), s.directionCorrect(), s.found());
    out.printf(Locale.ROOT, "kind:      %.3f of found pairs (%d/%d)%n", s.kindAccuracy(), s.kindCorrect(), s.found());
    out.println("confusion (true kind: predicted kind = count):");
    s.confusion().forEach((truth, row) -> out.println("  " + truth + ": " + row));
    out.printf(Locale.ROOT, "same story: %d labelled, %d predicted as SAME_STORY (recall %.3f), %d predicted as reuse%n",
        s.trueSameStory(), s.sameStoryFound(), s.sameStoryRecall(), s.sameStoryAsReuse());
    examples(out, "missed reuse", s.misses());
    examples(out, "reuse predicted where none is labelled", s.falseReuse());
    out.println(s.summary());
  }

  private static void examples(PrintStream out, String title, List<String> examples) {
    out.println(title + " (" + examples.size() + (examples.size() > EXAMPLES ? ", first " + EXAMPLES : "") + "):");
    examples.stream().limit(EXAMPLES).forEach(e -> out.println("  " + e));
  }

  /** The first relation per pair, in sorted pair order; only reuse kinds when asked. */
  private static Map<String, RelationLabel> byPair(List<RelationLabel> relations, boolean reuseOnly) {
    Map<String, RelationLabel> out = new TreeMap<>();
    for (RelationLabel r : relations) {
      if ((!reuseOnly || r.isReuse()) && !r.kind().equals("UNRELATED")) {
        out.putIfAbsent(r.pairKey(), r);
      }
    }
    return out;
  }

  /** Counters filled while walking the pairs. */
  private static final class Tally {
    int found;
    int indirect;
    int via;
    int sameAsReuse;
    int directionCorrect;
    int kindCorrect;
    int sameFound;
    final SortedMap<String, SortedMap<String, Integer>> confusion = new TreeMap<>();
    final List<String> misses = new ArrayList<>();
    final List<String> falseReuse = new ArrayList<>();

    void judgeTrue(RelationLabel label, @Nullable RelationLabel predicted) {
      String column = predicted == null ? MISSED : predicted.kind();
      confusion.computeIfAbsent(label.kind(), k -> new TreeMap<>()).merge(column, 1, Integer::sum);
      if (predicted == null) {
        misses.add(label.source() + " -> " + label.derived() + " (" + label.kind() + ")");
        return;
      }
      found++;
      directionCorrect += predicted.source().equals(label.source()) ? 1 : 0;
      kindCorrect += predicted.kind().equals(label.kind()) ? 1 : 0;
    }

    void judgePredicted(RelationLabel p, boolean labelled, boolean sameStory, boolean sameFamily) {
      if (labelled) {
        return;
      }
      if (sameStory) {
        sameAsReuse++;
      } else if (sameFamily) {
        indirect++;
        via += p.via() != null ? 1 : 0;
        return;
      }
      falseReuse.add(p.source() + " -> " + p.derived() + " (" + p.kind() + (sameStory ? ", labelled SAME_STORY" : "") + ")");
    }

    void sameStory(@Nullable RelationLabel predicted) {
      sameFound += predicted != null && predicted.kind().equals("SAME_STORY") ? 1 : 0;
    }
  }

  /** Articles connected by labelled reuse (union-find over ids). */
  private static final class Families {
    private final Map<String, String> parent = new HashMap<>();

    Families(Iterable<RelationLabel> reuse) {
      for (RelationLabel r : reuse) {
        parent.put(root(r.source()), root(r.derived()));
      }
    }

    boolean related(String a, String b) {
      return parent.containsKey(a) && parent.containsKey(b) && root(a).equals(root(b));
    }

    private String root(String id) {
      String p = parent.computeIfAbsent(id, k -> k);
      if (p.equals(id)) {
        return id;
      }
      String r = root(p);
      parent.put(id, r);
      return r;
    }
  }
}
