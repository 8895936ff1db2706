package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Flags a person, place or organisation replaced by another in the same part of the claim.
 *
 * <p>Method: name mentions are read on both sides ({@link EntityReader}). A mention is kept when
 * the other side names it too: any of its words matches a capitalised word there up to spelling
 * ({@link EntityNames}: Zelenskiy = Zelensky = Zelenskyy), through a country alias ("US",
 * "America", "American"), or as an acronym ("ICC" for "International Criminal Court"). Mentions
 * left on both sides are paired only when they sit in the same changed hunk of the word diff, that
 * is, one name was put where the other stood. A pair that refers to the same country through a
 * metonym ("Washington" for "America") is the same actor and not flagged; any other pair is flagged
 * at high severity. Names only dropped or only added are not flagged: rewrites drop titles, places and
 * affiliations routinely, and the aligner may pair sentences only partly.
 */
final class EntityChanges implements ChangeDetector {

  /** Largest hunk (words per side) in which a replaced name is still "in the same place". */
  private static final int MAX_HUNK = 6;

  /**
   * Most lower-case content words besides names that its hunk may change on either side: a name
   * put in another's place changes little around it, while a hunk that rewrites a clause pairs names by position only
   * ("backed by America" / "warned of World War Three").
   */
  private static final int MAX_OTHER_WORDS = 1;

  @Override
  public List<Change> detect(PassagePair pair, PairFacts facts) {
    List<EntityMention> source = EntityReader.read(pair.source(), pair.sourceTokens(), pair.sourceWords());
    List<EntityMention> derived = EntityReader.read(pair.derived(), pair.derivedTokens(), pair.derivedWords());
    List<EntityMention> lostSource = unmatched(source, derived, pair.derivedWords());
    List<EntityMention> newDerived = unmatched(derived, source, pair.sourceWords());
    lostSource.removeIf(m -> acronymIn(m, pair.derivedWords()) || spelledOutIn(m, pair.derivedWords()));
    newDerived.removeIf(m -> acronymIn(m, pair.sourceWords()) || spelledOutIn(m, pair.sourceWords()));
    List<Change> changes = new ArrayList<>();
    for (EntityMention s : lostSource) {
      for (EntityMention d : newDerived) {
        if (sameHunk(pair, s, d) && comparableKinds(s, d) && !generic(s) && !generic(d)
            && attributive(s, pair.sourceWords()) == attributive(d, pair.derivedWords())) {
          newDerived.remove(d);
          if (!sameReferent(s, d) && !abbreviates(s, d) && !abbreviates(d, s)) {
            changes.add(change(pair, s, d));
          }
          break;
        }
      }
    }
    return changes;
  }

  private static List<EntityMention> unmatched(List<EntityMention> mentions, List<EntityMention> others, List<WordToken> otherWords) {
    Set<String> otherKeys = new HashSet<>();
    Set<String> otherPlain = new HashSet<>();
    for (WordToken w : otherWords) {
      if (w.isWord()) {
        otherKeys.add(EntityNames.key(w.text()));
        otherPlain.add(EntityNames.plain(w.text()));
        for (String part : w.text().split("-")) {
          otherKeys.add(EntityNames.key(part));
        }
      }
    }
    List<EntityMention> left = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (!named(m, others, otherKeys, otherPlain)) {
        left.add(m);
      }
    }
    return left;
  }

  /** Words that name a kind of body or a role, not one actor: "the Department", "First Lady", "Inc". */
  static final Set<String> GENERIC = Set.of("department", "ministry", "committee", "agency", "inc", "corp", "co",
      "ltd", "llc", "plc", "group", "company", "first", "house", "office", "board", "council", "court", "bureau", "service",
      "association", "administration", "legislature", "assembly", "firm", "bank", "utility", "government", "commission", "authority", "party", "the", "of", "web", "news");

  /**
   * Whether a mention names no particular actor: only titles, roles and kinds of bodies ("First
   * Lady", "Department", "Inc"), or single letters. Such a mention is a reference to someone the
   * other side names, not a different actor.
   */
  static boolean generic(EntityMention m) {
    return m.words().stream().map(w -> EntityNames.plain(w.text()))
        .allMatch(p -> p.length() < 2 || GENERIC.contains(p) || EntityAliases.TITLES.contains(p));
  }

  /** Shortest name key that may be found inside a longer one ("Stake" in "AtStake", "Maya" in "Mayan"). */
  private static final int MIN_CONTAINED_KEY = 4;

  /**
   * Whether one name key contains the other, both long enough to be names rather than syllables:
   * a prefix, suffix or derived form of the same name ("AtStake"/"Stake", "Mayan"/"Maya").
   */
  static boolean contains(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    return shorter.length() >= MIN_CONTAINED_KEY && longer.contains(shorter);
  }

  /** One key is the other with an "s" after it: a possessive written without apostrophe ("MCIs" for "MCI's"). */
  private static boolean possessive(String a, String b) {
    return a.length() >= 3 && b.length() >= 3 && (a.equals(b + "s") || b.equals(a + "s"));
  }

  /** Whether the other side names the mention: by spelling, country alias, containment or acronym. */
  static boolean named(EntityMention m, List<EntityMention> others, Set<String> otherKeys, Set<String> otherPlain) {
    for (WordToken w : m.words()) {
      for (String part : w.text().split("-")) {
        String key = EntityNames.key(part);
        if (key.length() >= 2 && otherKeys.stream().anyMatch(k -> EntityNames.similar(key, k) || contains(key, k) || possessive(key, k))) {
          return true;
        }
      }
    }
    String country = EntityAliases.country(m.plainName());
    for (EntityMention o : others) {
      String otherCountry = EntityAliases.country(o.plainName());
      if (country != null && country.equals(otherCountry)) {
        return true;
      }
      if (isAcronymOf(m, o) || isAcronymOf(o, m)) {
        return true;
      }
    }
    return country != null && otherPlain.stream().anyMatch(k -> country.equals(EntityAliases.country(k)));
  }

  /**
   * Whether both mentions are of a comparable kind: a country (or its demonym or metonym) is
   * compared only with another country, since "the Korean company" becoming "Hyundai" narrows the
   * description rather than replacing the actor.
   */
  static boolean comparableKinds(EntityMention s, EntityMention d) {
    return EntityAliases.isDemonym(s.plainName()) == EntityAliases.isDemonym(d.plainName());
  }

  /** Determiners before a name used as a modifier ("the Venango County man", "an FBI analyst"). */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  /**
   * Whether the name modifies a common noun after a determiner ("the Venango County man", "an FBI
   * analyst", "the Bush administration"): the phrase describes an actor by a property. A name put
   * where such a description stood (or the reverse) says who the description meant, no other actor;
   * one description replaced by another ("the Chelsea manager" / "the Arsenal manager") still is.
   */
  static boolean attributive(EntityMention m, List<WordToken> words) {
    int before = m.wordIndex() - 1;
    int after = m.wordIndex() + m.words().size();
    while (after < words.size() && words.get(after).isCapitalized() && after < m.wordIndex() + m.words().size() + 2) {
      after++;
    }
    return before >= 0 && DETERMINERS.contains(words.get(before).norm()) && after < words.size() && isNoun(words.get(after));
  }

  /** A lower-case content word that is not plainly a verb ("claimed", "said"): the noun a name modifies. */
  private static boolean isNoun(WordToken w) {
    String norm = w.norm();
    return w.isWord() && !w.isCapitalized() && !FunctionWords.isFunction(norm) && !norm.endsWith("ed")
        && ReportingVerbs.stance(norm) == null;
  }

  /**
   * Whether an all-capitals mention ("SEC") is spelled out in the other words' capitalised run;
   * short words inside the run may or may not give a letter ("CHOGM", "ADA").
   */
  static boolean acronymIn(EntityMention m, List<WordToken> words) {
    String acronym = m.plainName();
    if (m.words().size() != 1 || acronym.length() < 2 || !m.words().getFirst().text().equals(m.words().getFirst().text().toUpperCase(Locale.ROOT))) {
      return false;
    }
    // The last letter may stand for a lower-case noun after the name ("CHOGM": "Commonwealth Heads of Government meeting").
    String stem = acronym.length() >= 4 ? acronym.substring(0, acronym.length() - 1) : acronym;
    return initialRuns(words, false).anyMatch(run -> run.contains(acronym) || run.endsWith(stem))
        || initialRuns(words, true).anyMatch(run -> run.contains(acronym) || run.endsWith(stem));
  }

  /** The runs of capitalised words' initials; short words inside a run give their letter or none. */
  private static Stream<String> initialRuns(List<WordToken> words, boolean shortWordsCount) {
    StringBuilder initials = new StringBuilder();
    for (WordToken w : words) {
      if (w.isWord() && w.isCapitalized()) {
        initials.append(Character.toLowerCase(w.text().charAt(0)));
      } else if (!ACRONYM_SKIPS.contains(w.norm())) {
        initials.append(' ');
      } else if (shortWordsCount) {
        initials.append(w.norm().charAt(0));
      }
    }
    return Arrays.stream(initials.toString().split(" "));
  }

  /** Short words an acronym leaves out ("ADA": "Americans with Disabilities Act"). */
  private static final Set<String> ACRONYM_SKIPS = Set.of("and", "of", "for", "the", "&", "with", "on", "in", "to", "at");

  /** Whether a multi-word mention's initials appear as an all-capitals word on the other side. */
  static boolean spelledOutIn(EntityMention m, List<WordToken> words) {
    String acronym = m.acronym();
    return m.keys().size() >= 2 && words.stream().anyMatch(w -> w.isWord() && w.text().length() >= 2
        && w.text().equals(w.text().toUpperCase(Locale.ROOT)) && EntityNames.plain(w.text()).equals(acronym));
  }

  private static boolean isAcronymOf(EntityMention shortName, EntityMention longName) {
    return shortName.keys().size() == 1 && longName.keys().size() >= 2 && shortName.plainName().equals(longName.acronym());
  }

  /** The hunk's lower-case content words: what it changes besides names. */
  private static long otherWords(List<WordToken> words) {
    return words.stream().filter(w -> w.isWord() && !w.isCapitalized() && !FunctionWords.isFunction(w.norm())).count();
  }

  /** Whether the two mentions sit in one small changed hunk: one name put where the other stood. */
  private static boolean sameHunk(PassagePair pair, EntityMention s, EntityMention d) {
    for (int i = 0; i < s.words().size(); i++) {
      int h = pair.hunkOfSource(s.wordIndex() + i);
      WordDiff.Hunk hunk = h >= 0 ? pair.hunks().get(h) : null;
      if (hunk != null && !hunk.equal() && hunk.sourceLength() <= MAX_HUNK && hunk.derivedLength() <= MAX_HUNK
          && otherWords(pair.sourceWords().subList(hunk.sourceFrom(), hunk.sourceTo())) <= MAX_OTHER_WORDS
          && otherWords(pair.derivedWords().subList(hunk.derivedFrom(), hunk.derivedTo())) <= MAX_OTHER_WORDS) {
        for (int j = 0; j < d.words().size(); j++) {
          if (pair.hunkOfDerived(d.wordIndex() + j) == h) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether one name abbreviates the other word by word: each of its parts starts a later word of
   * the longer name, in order ("Fed" for "Federal Open Market Committee", "R-Tenn" for "Republican
   * of Tennessee", "Mass" for "Massachusetts"), each part at most half the word it clips. A clipped
   * form of the same name is no other actor.
   */
  static boolean abbreviates(EntityMention shortName, EntityMention longName) {
    String[] parts = shortName.text().toLowerCase(Locale.ROOT).split("[-.\\s]+");
    List<String> words = longName.words().stream().flatMap(w -> Arrays.stream(w.text().toLowerCase(Locale.ROOT).split("-"))).toList();
    if (shortName.text().length() >= longName.text().length() || parts.length == 0) {
      return false;
    }
    int at = 0;
    for (String part : parts) {
      while (at < words.size() && !(words.get(at).startsWith(part) && words.get(at).length() >= 2 * part.length())) {
        at++;
      }
      if (part.isEmpty() || at == words.size()) {
        return false;
      }
      at++;
    }
    return parts.length >= 2 || parts[0].length() >= MIN_CLIPPED;
  }

  /** Shortest single clipped word read as an abbreviation ("Fed", "Mass"). */
  private static final int MIN_CLIPPED = 3;

  /**
   * Whether two names are the same country or government ("Washington" for "the United States"): a
   * metonym is not a different actor, so it is no change of meaning and is not flagged.
   */
  static boolean sameReferent(EntityMention s, EntityMention d) {
    String rs = EntityAliases.referent(s.plainName());
    return rs != null && rs.equals(EntityAliases.referent(d.plainName()));
  }

  private static Change change(PassagePair pair, EntityMention s, EntityMention d) {
    String explanation = "\"" + s.text() + "\" became \"" + d.text() + "\": a different person, place or organisation in the claim";
    return new Change(ChangeKind.ENTITY, Severity.HIGH, s.span(), d.span(), NumberChanges.original(pair.source(), s.span()),
        NumberChanges.original(pair.derived(), d.span()), s.text(), d.text(), explanation);
  }
}
