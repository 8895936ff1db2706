package org.wiretrace.testkit;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invented word lists: synonyms for rewriting, quote edits for fact changes, and name parts for
 * people, places and outlets. Read from {@code vocabulary.txt}.
 *
 * @param natural natural synonyms per lower-case word
 * @param odd odd synonyms per word (what a spinner picks)
 * @param quoteEdits per word, a replacement that changes what a quote says
 * @param lists the name-part lists by section name
 */
record Vocabulary(Map<String, List<String>> natural, Map<String, List<String>> odd,
    Map<String, String> quoteEdits, Map<String, List<String>> lists) {

  /** Loads the vocabulary from the class path. */
  static Vocabulary load() {
    Map<String, List<String>> sections = TemplateBook.Resources.sections("vocabulary.txt");
    Map<String, List<String>> natural = new LinkedHashMap<>();
    Map<String, List<String>> odd = new LinkedHashMap<>();
    for (String line : sections.get("synonyms")) {
      String[] kv = line.split("=", 2);
      String[] groups = kv[1].split("\\|", -1);
      String word = kv[0].strip();
      natural.putIfAbsent(word, split(groups[0], ","));
      odd.putIfAbsent(word, split(groups[1], ","));
    }
    Map<String, String> edits = new LinkedHashMap<>();
    for (String line : sections.get("quote-edits")) {
      String[] kv = line.split("=", 2);
      edits.putIfAbsent(kv[0].strip(), kv[1].strip());
    }
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String name : List.of("first-names", "surname-heads", "surname-tails", "place-heads", "place-tails",
        "outlet-words")) {
      lists.put(name, split(String.join(" ", sections.get(name)), " "));
    }
    return new Vocabulary(Collections.unmodifiableMap(natural), Collections.unmodifiableMap(odd),
        Collections.unmodifiableMap(edits), Collections.unmodifiableMap(lists));
  }

  private static List<String> split(String text, String separator) {
    return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Returns a name-part list. */
  List<String> list(String name) {
    return lists.get(name);
  }
}
