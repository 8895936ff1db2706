package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretrace.model.Span;

/**
 * Finds name mentions: runs of capitalised words, joined across "of"/"de"/"al"-style particles,
 * with titles stripped. A capitalised word at the start of a sentence or quotation counts only
 * when it continues into a longer name or when the article capitalises it mid-sentence elsewhere
 * (the article's own statistics stand in for a dictionary of common words).
 */
final class EntityReader {

  private static final Set<String> PARTICLES = Set.of("of", "de", "del", "al", "bin", "van", "von", "der", "la", "le", "du", "da", "and");
  private static final Pattern MID_SENTENCE_CAPITAL = Pattern.compile("[\\p{Ll},;:]\\s+(\\p{Lu}[\\p{L}'’.-]*)");

  private static final int CACHE_SIZE = 16;

  /** Recently scanned articles; access-ordered so the least recently used is evicted. */
  private static final java.util.Map<String, Set<String>> CACHE = new java.util.LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<String, Set<String>> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  private EntityReader() {}

  /**
   * Returns the name mentions in a passage.
   *
   * @param passage the passage, for its article's text
   * @param tokens all tokens of the passage
   * @param words the passage's lexical tokens
   * @return the mentions in order
   */
  static List<EntityMention> read(Passage passage, List<WordToken> tokens, List<WordToken> words) {
    Set<String> names = midSentenceCapitals(passage.articleText());
    Set<Integer> initial = initialPositions(tokens, words);
    List<EntityMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int end = runEnd(passage.articleText(), words, i);
      if (end > i) {
        addMention(mentions, words, i, end, initial, names);
        i = end;
      } else {
        i++;
      }
    }
    return mentions;
  }

  private static int runEnd(String text, List<WordToken> words, int i) {
    if (!isNameWord(words, i) || (i > 0 && words.get(i - 1).isNumber() && words.get(i - 1).touches(words.get(i)))) {
      return i;
    }
    int end = i + 1;
    while (end < words.size() && !punctuationBetween(text, words.get(end - 1), words.get(end))) {
      if (isNameWord(words, end)) {
        end++;
      } else if (PARTICLES.contains(words.get(end).text()) && end + 1 < words.size() && isNameWord(words, end + 1)
          && !words.get(end).text().equals("and")) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether a comma, bracket or other mark separates two words: "Los Alamitos, California" is two
   * names. The period closing an initialism or an initial ("U.S. Steel", "J. P. Morgan") is part of
   * the name, not a break.
   */
  private static boolean punctuationBetween(String text, WordToken a, WordToken b) {
    if (a.end() >= b.start()) {
      return false;
    }
    String between = text.substring(a.end(), b.start());
    return !between.isBlank() && !(initialism(a) && between.startsWith(".") && between.substring(1).isBlank());
  }

  /** An initialism written with periods ("U.S", "U.K") or a single capital initial ("J"). */
  private static boolean initialism(WordToken w) {
    String t = w.text();
    return t.length() == 1 && Character.isUpperCase(t.charAt(0)) || t.matches("(\\p{Lu}\\.)+\\p{Lu}");
  }

  private static boolean isNameWord(List<WordToken> words, int i) {
    WordToken w = words.get(i);
    return w.isWord() && w.isCapitalized() && !FunctionWords.isFunction(w.norm())
        && !DateReader.WEEKDAYS.containsKey(w.norm()) && !isDateMonth(words, i);
  }

  /** A month name next to a day number or year, or after a time preposition. */
  private static boolean isDateMonth(List<WordToken> words, int i) {
    if (!DateReader.MONTHS.containsKey(words.get(i).norm())) {
      return false;
    }
    boolean numberNext = (i + 1 < words.size() && words.get(i + 1).isNumber()) || (i > 0 && words.get(i - 1).isNumber());
    boolean prepositionBefore = i > 0 && Set.of("in", "on", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "from", "of")
        .contains(words.get(i - 1).norm());
    return numberNext || prepositionBefore || words.get(i).norm().length() > 3 && !words.get(i).norm().equals("march");
  }

  private static void addMention(List<EntityMention> out, List<WordToken> words, int from, int to, Set<Integer> initial, Set<String> names) {
    int start = from;
    while (start < to && (EntityAliases.TITLES.contains(words.get(start).norm()) || PARTICLES.contains(words.get(start).norm()))) {
      start++;
    }
    if (start >= to) {
      return;
    }
    List<WordToken> name = words.subList(start, to);
    boolean single = to - from == 1;
    boolean known = EntityAliases.referent(EntityNames.plain(name.getFirst().text())) != null;
    if (single && initial.contains(from) && !known && !names.contains(name.getFirst().text().replaceAll("['’]s$", ""))) {
      return;
    }
    List<String> keys = name.stream().filter(w -> !PARTICLES.contains(w.norm())).map(w -> EntityNames.key(w.text())).toList();
    Span span = new Span(name.getFirst().start(), name.getLast().end());
    String plain = String.join("", name.stream().filter(w -> !PARTICLES.contains(w.norm())).map(w -> EntityNames.plain(w.text())).toList());
    out.add(new EntityMention(span, name, keys, plain, start));
  }

  /** Lexical indices of words that open a sentence or a quotation. */
  private static Set<Integer> initialPositions(List<WordToken> tokens, List<WordToken> words) {
    Set<Integer> initial = new HashSet<>();
    int lexical = 0;
    boolean opener = true;
    for (WordToken t : tokens) {
      if (t.isLexical()) {
        if (opener) {
          initial.add(lexical);
        }
        opener = false;
        lexical++;
      } else if (t.isQuoteMark() || t.text().matches("[.!?:;(\\[—–-]")) {
        opener = true;
      }
    }
    return initial;
  }

  /** Words the article capitalises after a lower-case word or comma, cached for the last few articles. */
  private static Set<String> midSentenceCapitals(String article) {
    synchronized (CACHE) {
      Set<String> cached = CACHE.get(article);
      if (cached != null) {
        return cached;
      }
    }
    Set<String> names = scanCapitals(article);
    synchronized (CACHE) {
      CACHE.put(article, names);
    }
    return names;
  }

  /** Scans the article: every flagged pair of one article pair shares the scan (O(article) once, not per pair). */
  private static Set<String> scanCapitals(String article) {
    Set<String> names = new HashSet<>();
    Matcher m = MID_SENTENCE_CAPITAL.matcher(article);
    while (m.find()) {
      names.add(m.group(1).replaceAll("['’]s$", ""));
    }
    return Set.copyOf(names);
  }
}
