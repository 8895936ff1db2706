package org.wiretrace.testkit;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.wiretrace.changes.ChangeKind;

/**
 * Injects fact changes into a derived copy: picks a change kind present in the copy, one fact
 * fragment of that kind, and replaces its value in that one sentence (as a careless or tendentious
 * editor would), returning the ground truth.
 */
final class FactEditor {

  private static final List<String> LOADED_VERBS = List.of("admitted", "claimed", "insisted", "conceded", "alleged");
  private static final int[] COUNT_FACTORS_PERCENT = {200, 50, 1000, 150, 300};

  private final EntityNamer namer;
  private final WordSwapper swapper;

  FactEditor(EntityNamer namer, WordSwapper swapper) {
    this.namer = namer;
    this.swapper = swapper;
  }

  /**
   * Changes one fact in the plan, of a kind in {@code kinds}.
   *
   * @return the change, or null when the plan holds no changeable fact of those kinds
   */
  @Nullable InjectedChange inject(ArticlePlan plan, Set<ChangeKind> kinds, SplittableRandom random) {
    Map<ChangeKind, List<int[]>> byKind = locate(plan, kinds);
    List<ChangeKind> present = new ArrayList<>(byKind.keySet());
    while (!present.isEmpty()) {
      ChangeKind kind = present.remove(random.nextInt(present.size()));
      List<int[]> places = byKind.get(kind);
      int[] at = places.get(random.nextInt(places.size()));
      InjectedChange change = apply(plan, at, random);
      if (change != null) {
        return change;
      }
    }
    return null;
  }

  /** Finds fact fragments by change kind: {paragraph, sentence, fragment} positions. */
  private static Map<ChangeKind, List<int[]>> locate(ArticlePlan plan, Set<ChangeKind> kinds) {
    Map<ChangeKind, List<int[]>> byKind = new EnumMap<>(ChangeKind.class);
    for (int p = 0; p < plan.paragraphs.size(); p++) {
      List<PlannedSentence> para = plan.paragraphs.get(p);
      for (int s = 0; s < para.size(); s++) {
        List<Fragment> f = para.get(s).fragments();
        for (int i = 0; i < f.size(); i++) {
          Slot slot = f.get(i).slot();
          if (slot != null && slot.isFact() && kinds.contains(slot.changeKind())) {
            byKind.computeIfAbsent(slot.changeKind(), k -> new ArrayList<>()).add(new int[] {p, s, i});
          }
        }
      }
    }
    return byKind;
  }

  private @Nullable InjectedChange apply(ArticlePlan plan, int[] at, SplittableRandom random) {
    PlannedSentence sentence = plan.paragraphs.get(at[0]).get(at[1]);
    List<Fragment> fragments = new ArrayList<>(sentence.fragments());
    Fragment fact = fragments.get(at[2]);
    String altered = alter(plan.story, fact.slot(), fact.text(), random);
    if (altered == null || altered.equals(fact.text())) {
      return null;
    }
    fragments.set(at[2], fact.withText(altered));
    plan.paragraphs.get(at[0]).set(at[1], sentence.withFragments(fragments));
    // A fact opening the sentence is printed capitalised; the ground truth quotes the printed words.
    boolean opening = at[2] == 0;
    return new InjectedChange(fact.slot().changeKind(), opening ? Fragments.capitalise(fact.text()) : fact.text(),
        opening ? Fragments.capitalise(altered) : altered);
  }

  /** Returns a different value for the fact, or null when none can be made. */
  @Nullable String alter(Story story, @Nullable Slot slot, String value, SplittableRandom random) {
    if (slot == null) {
      return null;
    }
    return switch (slot) {
      case LEAD, WIT, EXP -> namer.person();
      case LEADL, WITL, EXPL -> namer.surname();
      case TOWN -> namer.place();
      case REGION -> namer.region();
      case ORG -> Story.organisation(story.topic(), "org", namer);
      case ORG2 -> Story.organisation(story.topic(), "org2", namer);
      case EXPORG -> Story.organisation(story.topic(), "exporg", namer);
      case COUNT, COUNT2 -> Story.count(otherCount(Integer.parseInt(value.replace(",", "")), random));
      case MONEY -> otherMoney(value, random);
      case PCT -> otherPercent(value, random);
      case DUR -> otherDuration(value, random);
      case DAY -> otherDay(value, random);
      case DATE -> Story.monthDay(story.published().plusDays(3 + random.nextInt(9)));
      case YEARREL -> "in " + (story.published().getYear() + 2 + random.nextInt(3));
      case WILL, HAS, IS -> value.endsWith(" not") ? value.substring(0, value.length() - 4) : value + " not";
      case SAID -> Story.pick(LOADED_VERBS, random);
      case Q1, Q2, Q3, Q4, Q5, Q6 -> swapper.editQuote(value);
      default -> null;
    };
  }

  private static int otherCount(int n, SplittableRandom random) {
    int factor = COUNT_FACTORS_PERCENT[random.nextInt(COUNT_FACTORS_PERCENT.length)];
    int changed = (int) Math.max(1, Math.round(n * factor / 100.0));
    return changed == n ? n + 1 + random.nextInt(9) : changed;
  }

  private static String otherMoney(String value, SplittableRandom random) {
    String digits = value.replaceAll("[^0-9.]", "");
    int tenths = (int) Math.round(Double.parseDouble(digits) * 10);
    int changed = random.nextBoolean() ? tenths * 10 : Math.max(1, tenths / 2);
    return Story.money(changed == tenths ? tenths + 7 : changed);
  }

  private static String otherPercent(String value, SplittableRandom random) {
    int n = Integer.parseInt(value.substring(0, value.indexOf(' ')));
    int delta = 5 + random.nextInt(16);
    int changed = n + delta <= 95 ? n + delta : Math.max(1, n - delta);
    return changed + " percent";
  }

  /** Returns a duration with a different amount; "nearly" versus "about" alone is no fact change. */
  private static String otherDuration(String value, SplittableRandom random) {
    for (int i = 0; i < 20; i++) {
      String d = Story.duration(random);
      if (!amount(d).equals(amount(value))) {
        return d;
      }
    }
    return amount(value).equals("an hour") ? "nearly three hours" : "about an hour";
  }

  private static String amount(String duration) {
    return duration.startsWith("more than ") ? duration.substring(10) : duration.substring(duration.indexOf(' ') + 1);
  }

  private static String otherDay(String value, SplittableRandom random) {
    DayOfWeek day = DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT));
    return day.plus(1 + random.nextInt(6)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
