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
 *       ({@link #independentDescent}).
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
          byPair.put(key(r.source(), r.derived()), r);
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
    ArticleId explainer = graph.explainer(r);
    if (explainer != null && r.directionStatus() != DirectionStatus.KNOWN) {
      return explained(r, explainer, reorienter);
    }
    if (explainer == null && r.directionStatus() == DirectionStatus.UNDETERMINED && !r.direction().commonSource()
        && graph.thirds(r).isEmpty()) {
      return with(r, r.direction().withCommonSource(r.source() + " and " + r.derived()
          + " share passages that no other article in the set explains; they likely share an unseen common source"));
    }
    return r;
  }

  static @Nullable ArticleId explainer(Relation r, Map<String, Relation> byPair, List<ArticleId> thirds) {
    double own = strength(r);
    for (ArticleId c : thirds) {
      Relation ca = byPair.get(key(c, r.source()));
      Relation cb = byPair.get(key(c, r.derived()));
      if (strength(ca) > own && strength(cb) > own || independentDescent(r, c, ca, cb)) {
        return c;
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

  private static Relation explained(Relation r, ArticleId c, Reorienter reorienter) {
    boolean ordered = r.source().compareTo(r.derived()) <= 0;
    ArticleId first = ordered ? r.source() : r.derived();
    ArticleId second = ordered ? r.derived() : r.source();
    List<String> reasons = new ArrayList<>();
    reasons.add(first + " and " + second + " both reuse " + c + " more closely than each other; what they share "
        + "is explained by " + c + ", so neither is taken as the other's source");
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

  static String key(ArticleId a, ArticleId b) {
    return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }
}
