package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.List;
import org.wiretrace.model.Span;
import org.wiretrace.text.ReadingView;

/**
 * Flags quantities whose value, magnitude or bound changed between source and derived.
 *
 * <p>Method: both sides' quantities are normalised ({@link NumberReader}); equal quantities are
 * paired off first (same value after unit and scale conversion, compatible units), then the
 * leftovers are paired by evidence that they state the same thing: the same unit, the same counted
 * noun, or the same changed hunk of the word diff. Only such pairs are flagged: a quantity that is
 * merely dropped or added is not, because rewrites routinely trim detail and the aligner may pair
 * sentences only partly. A hedge change alone ("about 40" to "more than 40"), or an exact figure
 * inside the other side's bound, changes precision, not value, and is not reported; a reversed
 * bound ("more than 40" to "fewer than 40") is.
 */
final class NumberChanges implements ChangeDetector {

  private static final double EXACT_TOLERANCE = 1e-6;
  /** Pair score needed to call two unequal quantities the same fact: one strong cue (unit, noun, hunk). */
  private static final int PAIR_EVIDENCE = 4;
  private static final double APPROX_TOLERANCE = 0.02;
  /** Converted units ("220 pounds (100 kg)") and two approximate values are rounded on both sides. */
  private static final double CONVERSION_TOLERANCE = 0.1;

  @Override
  public List<Change> detect(PassagePair pair, PairFacts facts) {
    List<NumberExpression> source = new ArrayList<>(facts.sourceNumbers());
    List<NumberExpression> derived = new ArrayList<>(facts.derivedNumbers());
    List<Change> changes = new ArrayList<>(pairEqual(pair, source, derived));
    changes.addAll(pairChanged(pair, source, derived));
    changes.removeIf(c -> c.severity() == Severity.LOW);
    return changes;
  }

  private List<Change> pairEqual(PassagePair pair, List<NumberExpression> source, List<NumberExpression> derived) {
    List<Change> changes = new ArrayList<>();
    for (NumberExpression s : List.copyOf(source)) {
      for (NumberExpression d : derived) {
        if (sameQuantity(s, d) && !countsOtherThings(s, d, source, derived)) {
          source.remove(s);
          derived.remove(d);
          if (boundReversed(s.hedge(), d.hedge())) {
            changes.add(change(pair, s, d, Severity.MEDIUM, reversedExplanation(s, d)));
          } else if (hedgeConflict(s.hedge(), d.hedge())) {
            changes.add(change(pair, s, d, Severity.LOW, hedgeExplanation(s, d)));
          }
          break;
        }
      }
    }
    return changes;
  }

  private List<Change> pairChanged(PassagePair pair, List<NumberExpression> source, List<NumberExpression> derived) {
    List<Change> changes = new ArrayList<>();
    for (NumberExpression s : List.copyOf(source)) {
      NumberExpression best = null;
      int bestScore = 0;
      for (NumberExpression d : derived) {
        int score = pairScore(pair, s, d);
        if (score > bestScore) {
          best = d;
          bestScore = score;
        }
      }
      if (best != null && bestScore >= PAIR_EVIDENCE) {
        derived.remove(best);
        changes.add(valueChange(pair, s, best));
      }
    }
    return changes;
  }

  /**
   * Whether two unit-less figures count different nouns and each has a figure of its own noun on
   * the other side ("26 out of 100, based on 23 critics" against "25 out of 100, based on 26
   * critics"): the equal value is then a coincidence, not the same fact, and each is left to pair
   * with its own counterpart.
   */
  static boolean countsOtherThings(NumberExpression s, NumberExpression d, List<NumberExpression> source, List<NumberExpression> derived) {
    boolean otherNouns = s.unit().isEmpty() && d.unit().isEmpty() && !s.head().isEmpty() && !d.head().isEmpty()
        && !s.head().equals(d.head());
    return otherNouns && derived.stream().anyMatch(o -> o != d && o.head().equals(s.head()))
        && source.stream().anyMatch(o -> o != s && o.head().equals(d.head()));
  }

  /** Evidence that two unequal quantities state the same thing; 0 means incompatible. */
  static int pairScore(PassagePair pair, NumberExpression s, NumberExpression d) {
    if (s.ordinal() != d.ordinal() || !unitsCompatible(s, d)) {
      return 0;
    }
    if (s.ordinal() && !s.head().equals(d.head())) {
      return 0;
    }
    int score = 1;
    boolean sameUnit = !s.unit().isEmpty() && s.unit().equals(d.unit());
    score -= s.unit().isEmpty() != d.unit().isEmpty() ? 2 : 0;
    score += sameUnit ? 3 : 0;
    score += !s.head().isEmpty() && s.head().equals(d.head()) ? 3 : 0;
    score -= !sameUnit && !s.head().isEmpty() && !d.head().isEmpty() && !s.head().equals(d.head()) ? 3 : 0;
    int hunk = pair.hunkOfSource(s.wordIndex());
    boolean sameHunk = hunk >= 0 && !pair.hunks().get(hunk).equal() && hunk == pair.hunkOfDerived(d.wordIndex());
    return score + (sameHunk ? 3 : 0);
  }

  static boolean unitsCompatible(NumberExpression s, NumberExpression d) {
    return s.unit().isEmpty() || d.unit().isEmpty() || s.unit().equals(d.unit());
  }

  static boolean sameQuantity(NumberExpression s, NumberExpression d) {
    if (s.ordinal() != d.ordinal() || !unitsCompatible(s, d)) {
      return false;
    }
    if (s.vague() || d.vague()) {
      return s.vague() && d.vague() ? s.order() == d.order() : vagueCovers(s.vague() ? s : d, s.vague() ? d : s);
    }
    double tolerance = tolerance(s, d);
    boolean close = Math.abs(s.value() - d.value()) <= tolerance * Math.max(Math.abs(s.value()), Math.abs(d.value()));
    return close || rounded(s, d) || rounded(d, s) || truncated(s, d) || truncated(d, s);
  }

  /**
   * Whether {@code coarse} is {@code fine} cut after coarse's last digit, as index levels and prices
   * are quoted ("1,121" for "1,121.96"), with at least three significant digits kept.
   */
  static boolean truncated(NumberExpression coarse, NumberExpression fine) {
    double step = coarse.step();
    if (step <= 0 || fine.step() <= 0 || fine.step() >= step || Math.abs(coarse.value()) / step < 100) {
      return false;
    }
    return Math.abs(Math.floor(fine.value() / step) * step - coarse.value()) < step / 1000;
  }

  /**
   * Whether {@code coarse} is {@code fine} rounded to coarse's last digit ("$40 million" for "$39.5
   * million", "17 percent" for "17.3 percent"), with at least two significant digits kept so that
   * "4 hours" is not read as a rounding of "4.5 hours".
   */
  static boolean rounded(NumberExpression coarse, NumberExpression fine) {
    double step = coarse.step();
    if (step <= 0 || fine.step() <= 0 || fine.step() >= step || Math.abs(coarse.value()) / step < 10) {
      return false;
    }
    double roundedFine = Math.floor(fine.value() / step + 0.5) * step;
    return Math.abs(roundedFine - coarse.value()) < step / 1000;
  }

  private static double tolerance(NumberExpression s, NumberExpression d) {
    boolean sApprox = s.hedge() == NumberExpression.Hedge.APPROX;
    boolean dApprox = d.hedge() == NumberExpression.Hedge.APPROX;
    boolean converted = !s.unitWord().equals(d.unitWord()) && (s.factor() != 1 || d.factor() != 1)
        && !s.unit().equals("hour") && !s.unit().equals("month");
    if (converted || (sApprox && dApprox && !precise(s) && !precise(d))) {
      return CONVERSION_TOLERANCE;
    }
    return sApprox || dApprox ? APPROX_TOLERANCE : EXACT_TOLERANCE;
  }

  /** Significant digits from which a hedged figure is a rounding of a precise one, not a rough guess. */
  private static final int PRECISE_DIGITS = 3;

  /**
   * Whether a figure is written with at least {@value #PRECISE_DIGITS} significant digits ("about
   * 91.3 percent", "roughly 1,245"): hedged, it is still precise to its last digit, so two such
   * figures 8% apart state different values, while "about 40" and "about 44" may be the same guess.
   */
  static boolean precise(NumberExpression n) {
    if (n.step() <= 0) {
      return false;
    }
    long digits = Math.round(Math.abs(n.value()) / n.step());
    while (digits > 0 && digits % 10 == 0) {
      digits /= 10;
    }
    return Long.toString(digits).length() >= PRECISE_DIGITS;
  }

  /** Whether an exact value lies in a vague magnitude's decade ("thousands" covers 1,000 to 9,999). */
  private static boolean vagueCovers(NumberExpression vague, NumberExpression exact) {
    return exact.value() >= Math.pow(10, vague.order()) && exact.value() < Math.pow(10, vague.order() + 1);
  }

  /** Whether two hedges bound the value differently enough to change the claim. */
  static boolean hedgeConflict(NumberExpression.Hedge a, NumberExpression.Hedge b) {
    if (a == b || a == NumberExpression.Hedge.APPROX || b == NumberExpression.Hedge.APPROX) {
      return false;
    }
    return true;
  }

  /**
   * Whether a lower bound became an upper bound or the reverse ("at least 14" to "less than 14"):
   * the two claims exclude each other, so this contradicts the source rather than loosening it.
   */
  static boolean boundReversed(NumberExpression.Hedge a, NumberExpression.Hedge b) {
    return a == NumberExpression.Hedge.ABOVE && b == NumberExpression.Hedge.BELOW
        || a == NumberExpression.Hedge.BELOW && b == NumberExpression.Hedge.ABOVE;
  }

  private static String reversedExplanation(NumberExpression s, NumberExpression d) {
    return "bound reversed: the source says " + boundMeaning(s) + " (\"" + s.describe() + "\"), the derived says "
        + boundMeaning(d) + " (\"" + d.describe() + "\"); the claims contradict each other";
  }

  private static String boundMeaning(NumberExpression n) {
    String value = NumberExpression.format(n.value() / n.factor());
    return n.hedge() == NumberExpression.Hedge.ABOVE ? "at or above " + value : "at or below " + value;
  }

  private static String hedgeExplanation(NumberExpression s, NumberExpression d) {
    return "same value, but the bound changed from " + hedgeName(s) + " to " + hedgeName(d)
        + ": the precision of \"" + s.describe() + "\" changed, not its value";
  }

  private static String hedgeName(NumberExpression n) {
    return n.hedgeWords().isEmpty() ? "exact" : "\"" + n.hedgeWords() + "\"";
  }

  private static Change valueChange(PassagePair pair, NumberExpression s, NumberExpression d) {
    if (s.vague() && d.vague()) {
      return change(pair, s, d, Severity.HIGH, magnitudeExplanation(s, d));
    }
    String what = dimension(s.unit().isEmpty() ? d.unit() : s.unit(), s.head().isEmpty() ? d.head() : s.head(), s.ordinal());
    if (withinBound(s, d) || withinBound(d, s)) {
      return change(pair, s, d, Severity.LOW, what + " given as " + d.describe() + " where the source says " + s.describe()
          + ": the exact figure lies within the stated bound, so only the precision changed");
    }
    String text = what + " changed from " + s.describe() + " to " + d.describe();
    if (s.hedge() != d.hedge() && !(s.vague() || d.vague())) {
      text += " (the hedge also changed: " + hedgeName(s) + " to " + hedgeName(d) + ")";
    }
    return change(pair, s, d, s.vague() || d.vague() ? Severity.MEDIUM : Severity.HIGH, text);
  }

  /** Largest distance, relative to the bound, at which an exact figure still reads as the bounded one. */
  private static final double BOUND_REACH = 0.1;

  /**
   * Whether {@code bounded} ("more than $7 million", "less than $1 billion") and the exact
   * {@code exact} ("$7.1 million", "$952 million") agree: the exact value is on the bound's side
   * and close to it. Such a pair sharpens or loosens the figure; it does not contradict it.
   */
  static boolean withinBound(NumberExpression bounded, NumberExpression exact) {
    if (exact.hedge() != NumberExpression.Hedge.EXACT || bounded.vague() || exact.vague() || bounded.value() <= 0) {
      return false;
    }
    double gap = (exact.value() - bounded.value()) / bounded.value();
    return switch (bounded.hedge()) {
      case ABOVE -> gap > 0 && gap <= BOUND_REACH;
      case BELOW -> gap < 0 && -gap <= BOUND_REACH;
      default -> false;
    };
  }

  private static String magnitudeExplanation(NumberExpression s, NumberExpression d) {
    int steps = d.order() - s.order();
    long factor = Math.round(Math.pow(10, Math.abs(steps)));
    String direction = steps > 0 ? "larger" : "smaller";
    return "magnitude changed from " + VagueMagnitudes.name(s.order()) + " to " + VagueMagnitudes.name(d.order())
        + " (" + factor + "x " + direction + ")";
  }

  private static String dimension(String unit, String head, boolean ordinal) {
    if (ordinal) {
      return "ordinal";
    }
    return switch (unit) {
      case "hour", "month" -> "duration";
      case "%", "pp" -> "percentage";
      case "metre" -> "length";
      case "kg" -> "weight";
      case "" -> head.isEmpty() ? "number" : head.startsWith("out of ") ? "score" : "number of " + Units.plural(head);
      default -> Currencies.isCurrency(unit) ? "amount" : "quantity";
    };
  }

  private static Change change(PassagePair pair, NumberExpression s, NumberExpression d, Severity severity, String text) {
    return new Change(ChangeKind.NUMBER, severity, s.span(), d.span(), original(pair.source(), s.span()),
        original(pair.derived(), d.span()), s.describe(), d.describe(), text);
  }

  static String original(Passage passage, Span span) {
    return ReadingView.withoutFillers(span.of(passage.articleText()));
  }
}
