package org.wiretrace.testkit;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One invented news event: its topic, its facts (people, places, numbers, dates, quotes) and when
 * the first report was published. Every article about it renders the same facts.
 *
 * @param topic the kind of event
 * @param facts the value of every fact slot
 * @param published when the first report came out (UTC)
 */
record Story(Topic topic, Map<Slot, String> facts, LocalDateTime published) {

  static final List<Slot> QUOTE_SLOTS = List.of(Slot.Q1, Slot.Q2, Slot.Q3, Slot.Q4, Slot.Q5, Slot.Q6);
  private static final List<String> YEARREL =
      List.of("next year", "by the end of the year", "within six months", "next spring", "before the summer");
  private static final List<String> QUALIFIERS = List.of("nearly", "about", "more than", "almost", "roughly");
  private static final List<String> NUMBER_WORDS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  /** Copies the facts. */
  Story {
    facts = Collections.unmodifiableMap(new EnumMap<>(facts));
  }

  /** Invents a story about the topic with fresh entities. */
  static Story invent(Topic topic, TemplateBook book, EntityNamer namer, LocalDateTime published,
      SplittableRandom random) {
    EnumMap<Slot, String> facts = new EnumMap<>(Slot.class);
    person(facts, Slot.LEAD, Slot.LEADL, namer.person());
    person(facts, Slot.WIT, Slot.WITL, namer.person());
    person(facts, Slot.EXP, Slot.EXPL, namer.person());
    facts.put(Slot.TOWN, namer.place());
    facts.put(Slot.REGION, namer.region());
    facts.put(Slot.ORG, organisation(topic, "org", namer));
    facts.put(Slot.ORG2, organisation(topic, "org2", namer));
    facts.put(Slot.EXPORG, organisation(topic, "exporg", namer));
    facts.put(Slot.LEADROLE, pick(topic.setting("leadrole"), random));
    numbers(facts, topic, random);
    dates(facts, published, random);
    facts.put(Slot.WILL, "will");
    facts.put(Slot.HAS, "has");
    facts.put(Slot.IS, "is");
    facts.put(Slot.SAID, "said");
    Story draft = new Story(topic, facts, published);
    return draft.withQuotes(book, random);
  }

  /** Returns the story with six new, distinct quotations (for an independent report). */
  Story withQuotes(TemplateBook book, SplittableRandom random) {
    EnumMap<Slot, String> copy = new EnumMap<>(facts);
    List<Template> pool = new ArrayList<>(book.quotes());
    List<String> old = QUOTE_SLOTS.stream().map(facts::get).filter(java.util.Objects::nonNull).toList();
    for (Slot q : QUOTE_SLOTS) {
      // Avoid the quotes' old templates: an independent report quotes people differently.
      String text;
      do {
        Template t = pool.remove(random.nextInt(pool.size()));
        text = Fragments.text(t.render(s -> value(s, random), random));
      } while (startsLikeAny(text, old) && pool.size() > QUOTE_SLOTS.size());
      copy.put(q, text);
    }
    return new Story(topic, copy, published);
  }

  private static boolean startsLikeAny(String text, List<String> quotes) {
    String head = text.substring(0, Math.min(24, text.length()));
    return quotes.stream().anyMatch(q -> q.startsWith(head));
  }

  /** Returns the story with one fact replaced. */
  Story with(Slot slot, String value) {
    EnumMap<Slot, String> copy = new EnumMap<>(facts);
    copy.put(slot, value);
    return new Story(topic, copy, published);
  }

  /** Returns the text for a slot: the fact, or a topic word picked for this use. */
  String value(Slot slot, SplittableRandom random) {
    return switch (slot) {
      case EVENT -> pick(topic.setting("event"), random);
      case AFFECTED -> pick(topic.setting("affected"), random);
      case COUNTNOUN -> topic.first("countnoun");
      case COUNT2NOUN -> topic.first("count2noun");
      // Shares, sums and durations differ from sentence to sentence; a story's key figures do not.
      case PCT -> percent(random);
      case MONEY -> money(12 + random.nextInt(470));
      case DUR -> duration(random);
      default -> {
        String v = facts.get(slot);
        if (v == null) {
          throw new IllegalStateException("story lacks a value for slot " + slot);
        }
        yield v;
      }
    };
  }

  private static void person(Map<Slot, String> facts, Slot full, Slot last, String name) {
    facts.put(full, name);
    facts.put(last, name.substring(name.lastIndexOf(' ') + 1));
  }

  static String organisation(Topic topic, String setting, EntityNamer namer) {
    return topic.first(setting).replace("{NAME}", namer.orgWord());
  }

  private static void numbers(Map<Slot, String> facts, Topic topic, SplittableRandom random) {
    int[] r = topic.range("countrange");
    facts.put(Slot.COUNT, count(r[0] + random.nextInt(r[1] - r[0] + 1)));
    int[] r2 = topic.range("count2range");
    facts.put(Slot.COUNT2, count(r2[0] + random.nextInt(r2[1] - r2[0] + 1)));
  }

  static String percent(SplittableRandom random) {
    return (4 + random.nextInt(44)) + " percent";
  }

  /** Formats a count the way news copy does: digit groups, larger counts rounded to tens. */
  static String count(int n) {
    int rounded = n >= 1000 ? Math.round(n / 10f) * 10 : n;
    return String.format(Locale.ROOT, "%,d", rounded);
  }

  /** Formats tenths of a million as money, e.g. 42 as {@code $4.2 million}. */
  static String money(int tenths) {
    return tenths % 10 == 0
        ? "$" + (tenths / 10) + " million"
        : String.format(Locale.ROOT, "$%d.%d million", tenths / 10, tenths % 10);
  }

  /** Returns a duration phrase, e.g. {@code nearly six hours} or {@code about 35 minutes}. */
  static String duration(SplittableRandom random) {
    String q = pick(QUALIFIERS, random);
    if (random.nextInt(5) < 2) {
      return q + " " + (25 + 5 * random.nextInt(7)) + " minutes";
    }
    int hours = 1 + random.nextInt(9);
    return q + " " + (hours == 1 ? "an hour" : NUMBER_WORDS.get(hours) + " hours");
  }

  private static void dates(Map<Slot, String> facts, LocalDateTime published, SplittableRandom random) {
    LocalDateTime event = published.minusDays(random.nextInt(2));
    facts.put(Slot.DAY, event.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    facts.put(Slot.DATE, monthDay(published.plusDays(random.nextInt(3))));
    facts.put(Slot.YEARREL, pick(YEARREL, random));
  }

  /** Formats a date as news copy does, e.g. {@code March 14}. */
  static String monthDay(LocalDateTime t) {
    return t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + t.getDayOfMonth();
  }

  static List<String> yearRelatives() {
    return YEARREL;
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }
}
