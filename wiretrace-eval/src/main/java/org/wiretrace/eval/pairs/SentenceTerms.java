package org.wiretrace.eval.pairs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical view of one sentence used by {@link PairFeatures}: lower-case words, their stems,
 * content stems (stop words removed), word bigrams, normalised numbers, capitalised names, negation
 * cues and character n-grams. Computed once per sentence.
 *
 * @param words lower-case word tokens in order
 * @param stems stems of {@code words}, in order
 * @param contentStems stems of the non-stop words, in order
 * @param numbers normalised numbers ("2,500" and "2500" agree)
 * @param names lower-case capitalised words not at the sentence start
 * @param negations the number of negation cues
 * @param charGrams character trigrams of the lower-case text with spaces folded
 */
record SentenceTerms(
    List<String> words,
    List<String> stems,
    List<String> contentStems,
    Set<String> numbers,
    Set<String> names,
    int negations,
    Set<String> charGrams) {

  private static final Pattern TOKEN =
      Pattern.compile("\\p{N}+(?:[.,:/]\\p{N}+)*|[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)*");
  private static final int GRAM = 3;
  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "n't", "nor", "none", "nobody", "nothing", "without", "neither");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with",
          "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
          "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you",
          "his", "her", "their", "our", "my", "your", "him", "them", "us", "will", "would", "can",
          "could", "should", "may", "might", "do", "does", "did", "said", "says", "say", "also",
          "which", "who", "whom", "what", "there", "than", "then", "so", "if", "into", "about",
          "after", "before", "over", "up", "out", "more", "most", "s");

  /**
   * Analyses one sentence.
   *
   * @param sentence the text
   * @return its terms
   */
  static SentenceTerms of(String sentence) {
    List<String> words = new ArrayList<>();
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String token = m.group();
      addToken(token, words.isEmpty(), words, numbers, names);
    }
    List<String> stems = words.stream().map(LightStemmer::stem).toList();
    return new SentenceTerms(
        words, stems, contentStems(words, stems), numbers, names, negations(sentence, words),
        charGrams(sentence));
  }

  private static void addToken(
      String token, boolean first, List<String> words, Set<String> numbers, Set<String> names) {
    String lower = token.toLowerCase(Locale.ROOT);
    words.add(lower);
    if (Character.isDigit(token.charAt(0))) {
      numbers.add(normaliseNumber(token));
    } else if (!first && Character.isUpperCase(token.charAt(0))) {
      names.add(lower);
    }
  }

  private static String normaliseNumber(String token) {
    String digits = token.replace(",", "");
    return digits.contains(".") ? digits.replaceAll("\\.?0+$", "") : digits;
  }

  private static List<String> contentStems(List<String> words, List<String> stems) {
    List<String> content = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!STOP_WORDS.contains(words.get(i))) {
        content.add(stems.get(i));
      }
    }
    return content;
  }

  private static int negations(String sentence, List<String> words) {
    int count = (int) words.stream().filter(NEGATIONS::contains).count();
    Matcher m = Pattern.compile("n['’]t\\b").matcher(sentence.toLowerCase(Locale.ROOT));
    while (m.find()) {
      count++;
    }
    return count;
  }

  private static Set<String> charGrams(String sentence) {
    String text = " " + sentence.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip() + " ";
    Set<String> grams = new LinkedHashSet<>();
    for (int i = 0; i + GRAM <= text.length(); i++) {
      grams.add(text.substring(i, i + GRAM));
    }
    return grams;
  }
}
