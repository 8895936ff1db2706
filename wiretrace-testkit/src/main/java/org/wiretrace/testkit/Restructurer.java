package org.wiretrace.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites sentence structure the way a paraphrasing editor does, keeping every fact fragment:
 * attribution fronting ({@code "Q," X said.} becomes {@code X said: "Q."}; {@code C, X said.}
 * becomes {@code X said that c.}), subordinate-clause fronting ({@code A after B.} becomes
 * {@code After B, a.}) and merging two short sentences with "and". Each rule returns null when the
 * sentence does not have its shape.
 */
final class Restructurer {

  private static final Set<Slot> SPEAKERS =
      Set.of(Slot.LEAD, Slot.LEADL, Slot.WIT, Slot.WITL, Slot.EXP, Slot.EXPL, Slot.ORG, Slot.ORG2);
  private static final Pattern CONJUNCTION = Pattern.compile("(?<!,) (after|because|when|while|before) ");
  private static final Pattern PLACE_TAIL = Pattern.compile("^ (at|in|on|during) [^,\"]*\\.$");
  private static final int MERGE_MAX_WORDS = 34;

  private Restructurer() {}

  /** Moves a trailing attribution to the front. */
  static @Nullable List<Fragment> frontAttribution(List<Fragment> f) {
    int said = lastSlot(f, Slot.SAID);
    if (said < 3 || !f.get(said - 1).text().equals(" ") || !SPEAKERS.contains(f.get(said - 2).slot())
        || !f.get(said - 3).isLiteral()) {
      return null;
    }
    String before = f.get(said - 3).text();
    List<Fragment> tail = f.subList(said + 1, f.size());
    List<Fragment> attribution = f.subList(said - 2, said + 1);
    if (before.equals(",\" ") && said == 5 && f.get(0).text().equals("\"") && !f.get(1).isLiteral()) {
      return quoteFirst(attribution, f.get(1), tail);
    }
    if (before.endsWith(", ") && !before.contains("\"") && joined(tail).equals(".")) {
      List<Fragment> out = new ArrayList<>(attribution);
      Fragments.appendLiteral(out, " that ");
      List<Fragment> clause = new ArrayList<>(f.subList(0, said - 3));
      clause.add(Fragment.literal(before.substring(0, before.length() - 2)));
      appendDecapitalised(out, clause);
      Fragments.appendLiteral(out, ".");
      return out;
    }
    return null;
  }

  private static @Nullable List<Fragment> quoteFirst(List<Fragment> attribution, Fragment quote,
      List<Fragment> tail) {
    String tailText = joined(tail);
    List<Fragment> out = new ArrayList<>();
    if (!tailText.equals(".")) {
      if (!PLACE_TAIL.matcher(tailText).matches()) {
        return null;
      }
      List<Fragment> place = new ArrayList<>(tail);
      place.set(0, place.get(0).withText(place.get(0).text().substring(1)));
      int last = place.size() - 1;
      place.set(last, place.get(last).withText(place.get(last).text().replaceAll("\\.$", "")));
      place.forEach(p -> Fragments.appendLiteralOrFact(out, p));
      Fragments.appendLiteral(out, ", ");
    }
    attribution.forEach(p -> Fragments.appendLiteralOrFact(out, p));
    Fragments.appendLiteral(out, ": \"");
    out.add(quote);
    Fragments.appendLiteral(out, ".\"");
    return out;
  }

  /** Moves a subordinate clause introduced by after/because/when/while/before to the front. */
  static @Nullable List<Fragment> frontClause(List<Fragment> f) {
    if (joined(f).contains("\"") || !joined(f).endsWith(".")) {
      return null;
    }
    for (int j = 0; j < f.size(); j++) {
      Fragment piece = f.get(j);
      Matcher m = piece.isLiteral() ? CONJUNCTION.matcher(piece.text()) : null;
      if (m == null || !m.find()) {
        continue;
      }
      List<Fragment> a = new ArrayList<>(f.subList(0, j));
      Fragments.appendLiteral(a, piece.text().substring(0, m.start()));
      List<Fragment> b = new ArrayList<>();
      Fragments.appendLiteral(b, piece.text().substring(m.end()));
      b.addAll(f.subList(j + 1, f.size()));
      if (joined(a).isBlank() || joined(b).contains(", ") || joined(a).contains(", ")) {
        return null;
      }
      List<Fragment> out = new ArrayList<>();
      Fragments.appendLiteral(out, Fragments.capitalise(m.group(1)) + " ");
      b.forEach(p -> Fragments.appendLiteralOrFact(out, p));
      Fragments.trimTrailingPeriod(out);
      Fragments.appendLiteral(out, ", ");
      appendDecapitalised(out, a);
      Fragments.appendLiteral(out, ".");
      return out;
    }
    return null;
  }

  /** Joins two short sentences with ", and". */
  static @Nullable List<Fragment> merge(List<Fragment> first, List<Fragment> second) {
    String a = joined(first);
    String b = joined(second);
    if (a.contains("\"") || b.contains("\"") || !a.endsWith(".") || !b.endsWith(".")
        || Fragments.words(a) + Fragments.words(b) > MERGE_MAX_WORDS) {
      return null;
    }
    List<Fragment> out = new ArrayList<>();
    first.forEach(p -> Fragments.appendLiteralOrFact(out, p));
    Fragments.trimTrailingPeriod(out);
    Fragments.appendLiteral(out, ", and ");
    appendDecapitalised(out, second);
    return out;
  }

  private static void appendDecapitalised(List<Fragment> out, List<Fragment> clause) {
    for (int i = 0; i < clause.size(); i++) {
      Fragment p = clause.get(i);
      Fragments.appendLiteralOrFact(out, i == 0 && p.isLiteral() ? p.withText(Fragments.decapitalise(p.text())) : p);
    }
  }

  private static int lastSlot(List<Fragment> f, Slot slot) {
    for (int i = f.size() - 1; i >= 0; i--) {
      if (f.get(i).slot() == slot) {
        return i;
      }
    }
    return -1;
  }

  private static String joined(List<Fragment> f) {
    StringBuilder sb = new StringBuilder();
    f.forEach(p -> sb.append(p.text()));
    return sb.toString();
  }
}
