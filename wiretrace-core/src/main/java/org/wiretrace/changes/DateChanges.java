package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags dates whose absolute or relative time changed between source and derived.
 *
 * <p>Method: relative dates are first resolved against each article's publication day when it is
 * known ("next year" published 2023-03-20 is 2024). Two dates are comparable when they state at
 * least one common part (year, month, day, weekday), or are both relative in the same unit. Equal
 * dates pair off first; the leftovers pair when a changed word of each lies in the same changed hunk of the word diff
 * ("October 2014" to "October 2013" changes only the year) or they are
 * the only ones left on each side. A relative year that became absolute (or back) and cannot be
 * resolved because no publication day is known is judged against the latest year its article names:
 * an article is taken to appear no earlier than that year, so "next year" in an article that names
 * 2022 is 2023 or later and cannot be 2018 (flagged at low severity, saying why); when the article
 * names no year that rules the absolute year out, the two may be the same time and are not flagged
 * ("this year" / "2003", "last month" / "June"). A date
 * counted from the story's own time ("the following year") is never compared with an absolute one.
 * Two relative days one day apart ("today" / "yesterday") are not compared when neither
 * publication day is known: that is how a copy published a day later restates the same day.
 */
final class DateChanges implements ChangeDetector {

  @Override
  public List<Change> detect(PassagePair pair, PairFacts facts) {
    List<DateExpression> source = resolved(facts.sourceDates(), pair.sourceDay());
    List<DateExpression> derived = resolved(facts.derivedDates(), pair.derivedDay());
    removeEqual(source, derived);
    return pairChanged(pair, source, derived);
  }

  private static List<DateExpression> resolved(List<DateExpression> dates, Optional<java.time.LocalDate> day) {
    return new ArrayList<>(dates.stream().map(d -> d.resolve(day)).toList());
  }

  /** Pairs off equal dates, most specific pairs (most common parts) first. */
  private static void removeEqual(List<DateExpression> source, List<DateExpression> derived) {
    for (int parts = 4; parts >= 0; parts--) {
      for (DateExpression s : List.copyOf(source)) {
        for (DateExpression d : derived) {
          if (compare(s, d) == Outcome.SAME && commonParts(s, d) >= parts) {
            source.remove(s);
            derived.remove(d);
            break;
          }
        }
      }
    }
  }

  private static int commonParts(DateExpression s, DateExpression d) {
    int common = 0;
    common += s.year() > 0 && d.year() > 0 ? 1 : 0;
    common += s.month() > 0 && d.month() > 0 ? 1 : 0;
    common += s.day() > 0 && d.day() > 0 ? 1 : 0;
    common += s.weekday() > 0 && d.weekday() > 0 ? 1 : 0;
    return common;
  }

  private static List<Change> pairChanged(PassagePair pair, List<DateExpression> source, List<DateExpression> derived) {
    List<Change> changes = new ArrayList<>();
    boolean single = source.size() == 1 && derived.size() == 1;
    for (DateExpression s : source) {
      for (DateExpression d : derived) {
        Outcome outcome = compare(s, d);
        if ((outcome == Outcome.CHANGED || outcome == Outcome.UNVERIFIABLE) && (single || sameHunk(pair, s, d))) {
          derived.remove(d);
          int named = outcome == Outcome.UNVERIFIABLE ? yearRulingOut(pair, s, d) : 0;
          if (outcome == Outcome.CHANGED || named > 0) {
            changes.add(change(pair, s, d, outcome, named));
          }
          break;
        }
      }
    }
    return changes;
  }

  /**
   * Returns the year, named in the relative date's article, that rules out the absolute year an
   * unresolved relative year was paired with ("next year" cannot be 2018 in an article that names
   * 2022, since the article appeared in 2022 or later), or 0 when nothing rules it out.
   */
  static int yearRulingOut(PassagePair pair, DateExpression s, DateExpression d) {
    boolean sourceRelative = s.relative();
    DateExpression relative = sourceRelative ? s : d;
    DateExpression absolute = sourceRelative ? d : s;
    if (relative.unit() != DateExpression.Unit.YEAR) {
      return 0;
    }
    int earliest = latestYearNamed(sourceRelative ? pair.source() : pair.derived());
    return earliest > 0 && absolute.year() < earliest + relative.offset() ? earliest : 0;
  }

  /** The latest absolute year named anywhere in the passage's article, or 0 when it names none. */
  private static int latestYearNamed(Passage passage) {
    List<WordToken> words = PassageTokenizer.tokenize(passage.articleText(), 0).stream().filter(WordToken::isLexical).toList();
    return DateReader.read(words).stream().filter(x -> !x.relative()).mapToInt(DateExpression::year).max().orElse(0);
  }

  private static boolean sameHunk(PassagePair pair, DateExpression s, DateExpression d) {
    int h = pair.changedHunkOfSource(s.span());
    return h >= 0 && h == pair.changedHunkOfDerived(d.span());
  }

  /** How two dates relate. */
  enum Outcome {
    SAME,
    CHANGED,
    UNVERIFIABLE,
    INCOMPARABLE
  }

  static Outcome compare(DateExpression s, DateExpression d) {
    if (s.relative() && d.relative()) {
      return s.unit() == d.unit() ? sameRelative(s, d) : Outcome.INCOMPARABLE;
    }
    if (s.relative() || d.relative()) {
      return mixed(s.relative() ? s : d, s.relative() ? d : s);
    }
    return absolute(s, d);
  }

  private static Outcome sameRelative(DateExpression s, DateExpression d) {
    if (s.unit() == DateExpression.Unit.DAY && Math.abs(s.offset() - d.offset()) == 1) {
      // Unresolved (no publication day): "today" in a story is "yesterday" in its copy a day later.
      return Outcome.INCOMPARABLE;
    }
    boolean seasons = s.season().isEmpty() || d.season().isEmpty() || s.season().equals(d.season());
    boolean same = s.offset() == d.offset() && seasons;
    return same ? Outcome.SAME : Outcome.CHANGED;
  }

  /** A relative date against an absolute one that could not be resolved. */
  private static Outcome mixed(DateExpression relative, DateExpression absolute) {
    if (!relative.anchored()) {
      return Outcome.INCOMPARABLE;
    }
    boolean granular = switch (relative.unit()) {
      case YEAR -> absolute.year() > 0 && absolute.month() == 0;
      case MONTH -> absolute.month() > 0 && absolute.day() == 0;
      case DAY, WEEK, NONE -> false;
    };
    return granular ? Outcome.UNVERIFIABLE : Outcome.INCOMPARABLE;
  }

  private static Outcome absolute(DateExpression s, DateExpression d) {
    int common = 0;
    int differ = 0;
    int[][] parts = {{s.year(), d.year()}, {s.month(), d.month()}, {s.day(), d.day()}, {s.weekday(), d.weekday()}};
    for (int[] p : parts) {
      if (p[0] > 0 && p[1] > 0) {
        common++;
        differ += p[0] != p[1] ? 1 : 0;
      }
    }
    if (common == 0) {
      return Outcome.INCOMPARABLE;
    }
    return differ > 0 ? Outcome.CHANGED : Outcome.SAME;
  }

  private static Change change(PassagePair pair, DateExpression s, DateExpression d, Outcome outcome, int named) {
    String sv = s.describe();
    String dv = d.describe();
    String explanation = outcome == Outcome.UNVERIFIABLE
        ? "time \"" + s.text() + "\" became \"" + d.text() + "\"; there is no publication date, but \""
            + (s.relative() ? s : d).text() + "\" is in an article that names " + named + ", so the two cannot be the same time"
        : "time changed from \"" + s.text() + "\" (" + sv + ") to \"" + d.text() + "\" (" + dv + ")";
    Severity severity = outcome == Outcome.UNVERIFIABLE ? Severity.LOW : Severity.HIGH;
    return new Change(ChangeKind.DATE, severity, s.span(), d.span(), NumberChanges.original(pair.source(), s.span()),
        NumberChanges.original(pair.derived(), d.span()), sv, dv, explanation);
  }
}
