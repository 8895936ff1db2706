package org.wiretrace.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invents people, places and names that are unique across one corpus, so unrelated stories never
 * share an entity. Names are built from invented syllables; none is meant to be real.
 */
final class EntityNamer {

  private static final List<String> MIDDLES = List.of("", "en", "er", "ing", "el", "a", "o");
  private static final List<String> PLACE_PREFIXES = List.of("", "", "North ", "Upper ", "Little ", "East ");
  private static final List<String> REGION_FORMS =
      List.of("the %s Valley", "the %s Hills", "%s County", "the %s Coast", "the %s Plain", "the %s Lakes");
  private static final int TRIES = 64;

  private final Vocabulary vocabulary;
  private final SplittableRandom random;
  /** Used only for membership tests, never iterated. */
  private final Set<String> used = new HashSet<>();

  EntityNamer(Vocabulary vocabulary, SplittableRandom random) {
    this.vocabulary = vocabulary;
    this.random = random;
  }

  /** Returns an unused full name, its surname preferably unused too. */
  String person() {
    for (int i = 0; i < TRIES; i++) {
      String surname = surname();
      if (i < TRIES / 2 && used.contains("surname:" + surname)) {
        continue;
      }
      String full = pick(vocabulary.list("first-names")) + " " + surname;
      if (used.add(full)) {
        used.add("surname:" + surname);
        return full;
      }
    }
    throw new IllegalStateException("ran out of invented person names; generate a smaller corpus");
  }

  /** Returns an unused surname. */
  String surname() {
    String head = pick(vocabulary.list("surname-heads"));
    return head + pick(MIDDLES) + pick(vocabulary.list("surname-tails"));
  }

  /** Returns an unused place name, e.g. {@code Upper Ravenstead}. */
  String place() {
    for (int i = 0; i < TRIES; i++) {
      String name = pick(PLACE_PREFIXES) + placeWord();
      if (used.add(name)) {
        return name;
      }
    }
    throw new IllegalStateException("ran out of invented place names; generate a smaller corpus");
  }

  /** Returns an unused region, e.g. {@code the Fallowmere Valley}. */
  String region() {
    for (int i = 0; i < TRIES; i++) {
      String name = String.format(Locale.ROOT, pick(REGION_FORMS), placeWord());
      if (used.add(name)) {
        return name;
      }
    }
    throw new IllegalStateException("ran out of invented region names; generate a smaller corpus");
  }

  /** Returns an unused one-word name for organisations, e.g. {@code Corrowdean}. */
  String orgWord() {
    for (int i = 0; i < TRIES; i++) {
      String name = placeWord();
      if (used.add("org:" + name)) {
        return name;
      }
    }
    throw new IllegalStateException("ran out of invented organisation names; generate a smaller corpus");
  }

  /** Returns an outlet display name, e.g. {@code Heronwick Sentinel} (not necessarily unused). */
  String outletName() {
    return placeWord() + " " + pick(vocabulary.list("outlet-words"));
  }

  private String placeWord() {
    return pick(vocabulary.list("place-heads")) + pick(MIDDLES) + pick(vocabulary.list("place-tails"));
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }
}
