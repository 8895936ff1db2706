package org.wiretrace.provenance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.Alignment;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.changes.Change;
import org.wiretrace.changes.ChangeKind;
import org.wiretrace.model.Article;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.StrippedChrome;
import org.wiretrace.model.PublishedTime;

/**
 * Decides which of two reusing articles is the source.
 *
 * <p>Method. Publication times decide when both are known and differ (KNOWN): news is reused
 * forward in time. Otherwise content evidence is weighed (INFERRED), each item in favour of one
 * side, and reported in plain words:
 * <ul>
 *   <li><b>Loss of specificity</b>: in an aligned pair one side states a precise number where the
 *       other rounds it ("nearly 4-1/2 hours" vs "about four hours"). Rewriters round and hedge;
 *       they rarely invent precision. Years are left out: changed dates are the change flagger's
 *       business, and a spinner may "resolve" "next year" to a wrong year.
 *   <li><b>Spinner artefacts</b>: tortured phrases flagged by the change flagger on one side (Cabanac,
 *       Labbé and Magazinov, "Tortured phrases: a dubious writing style emerging in science", 2021):
 *       the side with "expensive companion" for "dear friend" is the rewrite.
 *   <li><b>Containment</b>: one side keeps nearly all of the other and adds passages of its own; the
 *       one that adds is likely derived (syndication with local additions). Copies also trim, so this
 *       only supports other evidence and never decides alone.
 *   <li><b>Credit lines</b>: one side credits other reporting ("With files from the Associated
 *       Press", "Reporting by ..."), the mark of a republisher, and the other does not.
 * </ul>
 * When the evidence is missing, weak, or points both ways, the direction is UNDETERMINED and the
 * reasons say so instead of guessing; evidence in both directions (each side more specific
 * somewhere, or each adding its own passages) suggests an unseen common source. Thread-safe.
 */
public final class DirectionJudge {

  private static final double DECISIVE = 1.0;
  private static final double CONTAINMENT_ADDED = 0.2;
  private static final double CONTAINMENT_KEPT = 0.85;
  /** Below {@link #DECISIVE}: copies trim as often as they add, so containment only supports. */
  private static final double CONTAINMENT_WEIGHT = 0.5;
  private static final int MAX_EXAMPLES = 2;

  /**
   * Judges the direction between two articles whose sentences are aligned with {@code a} as the
   * tentative source.
   *
   * @param a one article (tentative source of the alignment)
   * @param b the other article (tentative derived)
   * @param alignment alignment with {@code a} as source
   * @param changes changes flagged from {@code a} to {@code b}
   * @return the direction with its reasons
   */
  public Direction judge(SourceSide a, SourceSide b, Alignment alignment, List<Change> changes) {
    Evidence evidence = new Evidence();
    specificity(a, b, alignment, evidence);
    tortured(changes, a.article(), b.article(), evidence);
    containment(a, b, alignment, evidence);
    credits(a.article(), b.article(), evidence);
    Direction byTime = byTime(a.article(), b.article(), evidence);
    return byTime != null ? byTime : byContent(a.article(), b.article(), evidence);
  }

  private static Direction byTime(Article a, Article b, Evidence evidence) {
    PublishedTime ta = a.published();
    PublishedTime tb = b.published();
    if (ta == null || tb == null || !differ(ta, tb)) {
      return null;
    }
    boolean aFirst = ta.compareTo(tb) < 0;
    Article first = aFirst ? a : b;
    Article second = aFirst ? b : a;
    List<String> reasons = new ArrayList<>();
    reasons.add(first.id() + " was published " + first.published().iso() + ", before " + second.id()
        + " (" + second.published().iso() + ")");
    reasons.addAll(evidence.reasons);
    return new Direction(first.id(), second.id(), DirectionStatus.KNOWN, reasons, false);
  }

  private static boolean differ(PublishedTime ta, PublishedTime tb) {
    if (ta.dateOnly() || tb.dateOnly()) {
      return Duration.between(ta.instant(), tb.instant()).abs().toDays() >= 1;
    }
    return !ta.instant().equals(tb.instant());
  }

  private static Direction byContent(Article a, Article b, Evidence e) {
    double net = e.forA - e.forB;
    boolean mixed = Math.min(e.forA, e.forB) > 0.5 * Math.max(e.forA, e.forB) && e.forB > 0;
    if (Math.abs(net) >= DECISIVE && !mixed) {
      Article source = net > 0 ? a : b;
      Article derived = net > 0 ? b : a;
      return new Direction(source.id(), derived.id(), DirectionStatus.INFERRED, e.reasons, false);
    }
    List<String> reasons = new ArrayList<>(e.reasons);
    boolean ordered = a.id().compareTo(b.id()) <= 0;
    Article first = ordered ? a : b;
    Article second = ordered ? b : a;
    if (mixed && Math.min(e.forA, e.forB) >= DECISIVE) {
      reasons.add("each article has material the other lacks; they likely share an unseen common source");
      return new Direction(first.id(), second.id(), DirectionStatus.UNDETERMINED, reasons, true);
    }
    reasons.add(reasons.isEmpty()
        ? "no publication times and no content evidence of direction"
        : "the content evidence is too weak or conflicting to tell which came first");
    return new Direction(first.id(), second.id(), DirectionStatus.UNDETERMINED, reasons, false);
  }

  private static void specificity(SourceSide a, SourceSide b, Alignment alignment, Evidence e) {
    List<String> aExamples = new ArrayList<>();
    List<String> bExamples = new ArrayList<>();
    for (AlignedPair p : alignment.pairs()) {
      Set<String> na = numbers(a, p.sourceSentences());
      Set<String> nb = numbers(b, p.derivedSentences());
      Set<String> onlyA = minus(na, nb);
      Set<String> onlyB = minus(nb, na);
      if (onlyA.isEmpty() || onlyB.isEmpty()) {
        continue;
      }
      int pa = precision(onlyA);
      int pb = precision(onlyB);
      if (pa != pb) {
        (pa > pb ? aExamples : bExamples).add("'" + String.join(" ", onlyA) + "' vs '" + String.join(" ", onlyB) + "'");
      }
    }
    addSpecificity(a.article(), b.article(), aExamples, e, true);
    addSpecificity(b.article(), a.article(), bExamples, e, false);
  }

  private static void addSpecificity(Article more, Article less, List<String> examples, Evidence e, boolean forA) {
    if (examples.isEmpty()) {
      return;
    }
    e.add(forA, Math.min(2.0, examples.size()),
        more.id() + " gives more precise numbers where " + less.id() + " rounds them ("
            + String.join("; ", examples.subList(0, Math.min(MAX_EXAMPLES, examples.size())))
            + "): rewrites lose specificity, so " + more.id() + " is likely the source");
  }

  private static Set<String> numbers(SourceSide side, List<Integer> sentences) {
    Set<String> out = new LinkedHashSet<>();
    for (int index : sentences) {
      SentenceProfile p = side.profile(index);
      if (p != null) {
        for (String n : p.numbers()) {
          if (!isYear(n)) {
            out.add(n);
          }
        }
      }
    }
    return out;
  }

  private static boolean isYear(String n) {
    return n.length() == 4 && n.chars().allMatch(Character::isDigit) && (n.startsWith("19") || n.startsWith("20"));
  }

  private static Set<String> minus(Set<String> x, Set<String> y) {
    Set<String> out = new LinkedHashSet<>(x);
    out.removeAll(y);
    return out;
  }

  /** Highest precision of the numbers: 3 for fractions and decimals, 2 for two or more significant digits, else 1. */
  static int precision(Set<String> numbers) {
    int best = 0;
    for (String n : numbers) {
      String digits = n.replaceAll("[^0-9]", "").replaceAll("0+$", "");
      int p = n.contains("/") || n.contains(".") ? 3 : digits.length() >= 2 ? 2 : 1;
      best = Math.max(best, p);
    }
    return best;
  }

  private static void tortured(List<Change> changes, Article a, Article b, Evidence e) {
    List<String> phrases = new ArrayList<>();
    for (Change c : changes) {
      if (c.kind() == ChangeKind.TORTURED) {
        phrases.add("'" + c.derivedText() + "' for '" + c.sourceText() + "'");
      }
    }
    if (!phrases.isEmpty()) {
      e.add(true, Math.min(2.0, phrases.size()),
          b.id() + " shows spinner artefacts (" + String.join("; ", phrases.subList(0, Math.min(MAX_EXAMPLES, phrases.size())))
              + "), so it is the rewrite of " + a.id());
    }
  }

  private static void containment(SourceSide a, SourceSide b, Alignment alignment, Evidence e) {
    double addedShare = share(alignment.added().size(), b.body().size());
    double droppedShare = share(alignment.dropped().size(), a.body().size());
    if (addedShare >= CONTAINMENT_ADDED && 1 - droppedShare >= CONTAINMENT_KEPT) {
      e.add(true, CONTAINMENT_WEIGHT, b.article().id() + " keeps nearly all of " + a.article().id() + " and adds "
          + alignment.added().size() + " passages of its own, as a derived copy does");
    } else if (droppedShare >= CONTAINMENT_ADDED && 1 - addedShare >= CONTAINMENT_KEPT) {
      e.add(false, CONTAINMENT_WEIGHT, a.article().id() + " keeps nearly all of " + b.article().id() + " and adds "
          + alignment.dropped().size() + " passages of its own, as a derived copy does");
    }
  }

  private static void credits(Article a, Article b, Evidence e) {
    String creditA = creditLine(a);
    String creditB = creditLine(b);
    if (creditB != null && creditA == null) {
      e.add(true, 1.0, b.id() + " credits other reporting ('" + creditB + "'), as a republished story does");
    } else if (creditA != null && creditB == null) {
      e.add(false, 1.0, a.id() + " credits other reporting ('" + creditA + "'), as a republished story does");
    }
  }

  private static @org.jspecify.annotations.Nullable String creditLine(Article article) {
    for (StrippedChrome c : article.stripped()) {
      if (c.kind() == ChromeKind.CREDIT_LINE) {
        return c.text().strip();
      }
    }
    return null;
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }

  /** Weighed evidence for each side being the source. */
  private static final class Evidence {
    double forA;
    double forB;
    final List<String> reasons = new ArrayList<>();

    void add(boolean aIsSource, double weight, String reason) {
      if (aIsSource) {
        forA += weight;
      } else {
        forB += weight;
      }
      reasons.add(reason);
    }
  }
}
