package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.model.ArticleId;
import org.wiretrace.provenance.Direction;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.report.Relation;

/**
 * Corpus-level direction notes, using the third articles a pair cannot see:
 * <ul>
 *   <li>When two articles A and B both reuse a third article C more closely than they reuse each
 *       other, what A and B share is explained by C (two rewrites of one wire story). Unless publication
 *       times decide, their direction becomes UNDETERMINED with that reason, rather than a guess from
 *       pair-level evidence. So does a pair each of whose sides reuses sentences of C that the other
 *       lacks, however close the two are to each other, when C also holds what the two share
 *       ({@link #independentDescent}). So, too, does a pair whose two sides reuse an earlier C as closely
 *       as they reuse each other ({@link #upstreamTie}): the text cannot tell which one the later copy
 *       took, and copies propagate from the original, so the link is put via C with that reason.
 *   <li>When two articles reuse each other's passages, their direction is undetermined, and no third
 *       article in the set reuses both, they likely copy an unseen common source, typically a wire
 *       story that is not in the set.
 * </ul>
 * Strength of a relation: mean sentence coverage of both sides times the mean aligned-pair score.
 */
final class CommonSource {

  /** Least number of a common source's sentences that each of two copies holds and the other lacks. */
  static final int MIN_UNIQUE_SENTENCES = 2;

  /** Least share of the sentences two copies share that the third must also hold to explain them. */
  static final double MIN_EXPLAINED_SHARE = 0.8;

  /**
   * Relative strength within which a third article reuses as closely as the pair itself: the aligned
   * scores of one text against two near-identical copies differ by rounding and a sentence or two.
   */
  static final double TIE_TOLERANCE = 0.05;

  private CommonSource() {}

  /** Re-judges a pair with a given direction (source and derived fixed), so changes read the right way. */
  interface Reorienter {
    Relation reorient(Direction direction);
  }

  /**
   * The reuse relations of a set, by unordered pair and by the articles each one is linked to.
   *
   * @param byPair each relation under {@link #key} of its two articles
   * @param partners each article's reuse partners, in id order
   */
  record ReuseGraph(Map<String, Relation> byPair, Map<ArticleId, Set<ArticleId>> partners) {

    /** Indexes the reuse relations among {@code relations}; other kinds are left out. */
    static ReuseGraph of(List<Relation> relations) {
      Map<String, Relation> byPair = new TreeMap<>();
      Map<ArticleId, Set<ArticleId>> partners = new TreeMap<>();
      for (Relation r : relations) {
        if (r.kind().isReuse()) {
          byPair.put(ArticleId.pairKey(r.source(), r.derived()), r);
          partners.computeIfAbsent(r.source(), k -> new TreeSet<>()).add(r.derived());
          partners.computeIfAbsent(r.derived(), k -> new TreeSet<>()).add(r.source());
        }
      }
      return new ReuseGraph(byPair, partners);
    }

    /** Articles with reuse relations to both sides of r, in id order. */
    List<ArticleId> thirds(Relation r) {
      Set<ArticleId> both = new TreeSet<>(partners.getOrDefault(r.source(), Set.of()));
      both.retainAll(partners.getOrDefault(r.derived(), Set.of()));
      return new ArrayList<>(both);
    }

    /** The third article that explains r ({@link CommonSource#explainer}), or null. */
    @Nullable ArticleId explainer(Relation r) {
      return CommonSource.explainer(r, byPair, thirds(r));
    }

    /** The third article that explains r and why ({@link CommonSource#explanation}), or null. */
    @Nullable Explanation explanation(Relation r) {
      return CommonSource.explanation(r, byPair, thirds(r));
    }
  }

  static List<Relation> annotate(List<Relation> relations, Reorienter reorienter) {
    ReuseGraph graph = ReuseGraph.of(relations);
    List<Relation> out = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      out.add(r.kind().isReuse() ? note(r, graph, reorienter) : r);
    }
    return out;
  }

  private static Relation note(Relation r, ReuseGraph graph, Reorienter reorienter) {
    Explanation explainer = graph.explanation(r);
    if (explainer != null && r.directionStatus() == DirectionStatus.KNOWN) {
      return with(r, r.direction().withReason(explainedBy(r.source(), r.derived(), explainer)));
    }
    if (explainer != null) {
      return explained(r, explainer, reorienter);
    }
    if (explainer == null && r.directionStatus() == DirectionStatus.UNDETERMINED && !r.direction().commonSource()
        && graph.thirds(r).isEmpty()) {
      return with(r, r.direction().withCommonSource(r.source() + " and " + r.derived()
          + " share passages that no other article in the set explains; they likely share an unseen common source"));
    }
    return r;
  }

  /** A third article that explains a link between two copies, and the test it passed, in words. */
  record Explanation(ArticleId via, String why) {}

  static @Nullable ArticleId explainer(Relation r, Map<String, Relation> byPair, List<ArticleId> thirds) {
    Explanation e = explanation(r, byPair, thirds);
    return e == null ? null : e.via();
  }

  static @Nullable Explanation explanation(Relation r, Map<String, Relation> byPair, List<ArticleId> thirds) {
    double own = strength(r);
    for (ArticleId c : thirds) {
      Relation ca = byPair.get(ArticleId.pairKey(c, r.source()));
      Relation cb = byPair.get(ArticleId.pairKey(c, r.derived()));
      if (strength(ca) > own && strength(cb) > own) {
        return new Explanation(c, "both reuse " + c + " more closely than each other");
      }
      if (independentDescent(r, c, ca, cb)) {
        return new Explanation(c, "each holds sentences of " + c + " that the other lacks");
      }
      if (upstreamTie(own, c, ca, cb)) {
        return new Explanation(c, c + " came before both and each reuses it as closely as they reuse each other;"
            + " of equally supported sources the original is the likelier, since copies propagate from it");
      }
    }
    return null;
  }

  /**
   * The stemmatic test of independent descent (Lachmann's method: a copy cannot hold what its
   * exemplar lacks): when each of the pair's two copies reuses at least {@value #MIN_UNIQUE_SENTENCES}
   * sentences of {@code c} that the other does not, neither can have taken {@code c}'s text only from
   * the other (two syndicated copies that cut different sentences of one wire story). Then {@code c}
   * explains their link when it also holds what they share: at least {@value #MIN_EXPLAINED_SHARE} of
   * each side's sentences aligned in the pair are aligned with {@code c} too; otherwise both may have
   * drawn on a fuller, unseen version.
   *
   * @param pair the link between two copies
   * @param c the third article
   * @param withSource c's relation with {@code pair.source()}, or null
   * @param withDerived c's relation with {@code pair.derived()}, or null
   */
  static boolean independentDescent(Relation pair, ArticleId c, @Nullable Relation withSource,
      @Nullable Relation withDerived) {
    if (withSource == null || withDerived == null) {
      return false;
    }
    Set<Integer> ofCInSource = sentencesOf(c, withSource);
    Set<Integer> ofCInDerived = sentencesOf(c, withDerived);
    return missing(ofCInSource, ofCInDerived) >= MIN_UNIQUE_SENTENCES
        && missing(ofCInDerived, ofCInSource) >= MIN_UNIQUE_SENTENCES
        && explainedShare(pair.source(), pair, withSource) >= MIN_EXPLAINED_SHARE
        && explainedShare(pair.derived(), pair, withDerived) >= MIN_EXPLAINED_SHARE;
  }

  /**
   * Whether {@code c} came before both sides of a pair (the source of its relations with each, by a
   * decided direction) and each side reuses it at least about as closely ({@value #TIE_TOLERANCE}
   * relative) as they reuse each other. Then the pair's shared text is equally well explained by c; of
   * two equally supported sources the original is the likelier one (copies propagate from it), so the
   * link is indirect: a spun copy and a verbatim duplicate of one wire story are siblings, not source and
   * copy.
   *
   * @param own the pair's strength
   * @param c the third article
   * @param withSource c's relation with the pair's source, or null
   * @param withDerived c's relation with the pair's derived, or null
   */
  static boolean upstreamTie(double own, ArticleId c, @Nullable Relation withSource, @Nullable Relation withDerived) {
    return upstream(c, withSource) && upstream(c, withDerived)
        && strength(withSource) >= own * (1 - TIE_TOLERANCE) && strength(withDerived) >= own * (1 - TIE_TOLERANCE);
  }

  /** Whether {@code r} is decided to run from {@code c}. */
  private static boolean upstream(ArticleId c, @Nullable Relation r) {
    return r != null && r.source().equals(c) && r.directionStatus() != DirectionStatus.UNDETERMINED;
  }

  /** Share of {@code side}'s sentences aligned in {@code pair} that are also aligned in {@code withThird}. */
  private static double explainedShare(ArticleId side, Relation pair, Relation withThird) {
    Set<Integer> shared = sentencesOf(side, pair);
    return shared.isEmpty() ? 0 : (double) (shared.size() - missing(shared, sentencesOf(side, withThird))) / shared.size();
  }

  /** Sentences of article {@code c} aligned in relation {@code r} (c on either side). */
  private static Set<Integer> sentencesOf(ArticleId c, Relation r) {
    Set<Integer> out = new TreeSet<>();
    boolean cIsSource = r.source().equals(c);
    for (AlignedPair p : r.alignments()) {
      out.addAll(cIsSource ? p.sourceSentences() : p.derivedSentences());
    }
    return out;
  }

  /** How many of {@code have} are not in {@code other}. */
  private static long missing(Set<Integer> have, Set<Integer> other) {
    return have.stream().filter(i -> !other.contains(i)).count();
  }

  /** The reason a link between two copies is indirect. */
  private static String explainedBy(ArticleId first, ArticleId second, Explanation e) {
    return first + " and " + second + ": " + e.why() + "; what they share is explained by " + e.via()
        + ", so the link runs via " + e.via() + " and neither is taken as the other's direct source";
  }

  private static Relation explained(Relation r, Explanation e, Reorienter reorienter) {
    boolean ordered = r.source().compareTo(r.derived()) <= 0;
    ArticleId first = ordered ? r.source() : r.derived();
    ArticleId second = ordered ? r.derived() : r.source();
    List<String> reasons = new ArrayList<>();
    reasons.add(explainedBy(first, second, e));
    for (String reason : r.direction().reasons()) {
      if (!reason.contains("unseen common source")) {
        reasons.add("pair evidence alone: " + reason);
      }
    }
    Direction direction = new Direction(first, second, DirectionStatus.UNDETERMINED, reasons, false);
    return ordered ? with(r, direction) : reorienter.reorient(direction);
  }

  private static Relation with(Relation r, Direction direction) {
    return new Relation(r.kind(), direction, r.confidence(), r.sourceCoverage(), r.derivedCoverage(),
        r.sourceCharCoverage(), r.derivedCharCoverage(), r.verbatimShare(), r.alignments(), r.changes(), r.editedShare(),
        r.reusedPassages(), r.reusedWords(), r.copiedShare());
  }

  static double strength(@Nullable Relation r) {
    if (r == null || r.alignments().isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (AlignedPair p : r.alignments()) {
      sum += p.score();
    }
    return (r.sourceCoverage() + r.derivedCoverage()) / 2 * sum / r.alignments().size();
  }
}
