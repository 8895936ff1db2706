package org.wiretrace.text;

import java.util.Set;

/**
 * English function words. They carry little meaning for similarity, but their positions are stable
 * under rewriting of content words, which SpotSigs uses as antecedents.
 */
public final class Stopwords {

  private static final Set<String> WORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even",
      "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
      "just", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now",
      "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
      "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their",
      "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
      "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when", "where",
      "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
      "yourself", "yourselves", "said", "says", "say", "told", "since", "still", "yet", "however",
      "instead", "rather", "per", "via", "upon", "whose", "within", "without", "across", "among",
      "along", "around", "although", "though", "unless", "whether", "according", "one", "another");

  /** Antecedents for spot signatures: frequent words that usually precede content (Theobald 2008). */
  private static final Set<String> ANTECEDENTS = Set.of(
      "a", "an", "the", "is", "was", "were", "are", "be", "been", "has", "had", "have", "will",
      "would", "there", "said", "says", "can", "could", "should", "not", "this", "that", "its",
      "his", "her", "their");

  private Stopwords() {}

  /**
   * Returns whether a normalised word is a function word.
   *
   * @param norm the normalised word
   * @return true for a stopword
   */
  public static boolean contains(String norm) {
    return WORDS.contains(norm);
  }

  /**
   * Returns whether a normalised word is a SpotSigs antecedent.
   *
   * @param norm the normalised word
   * @return true for an antecedent
   */
  public static boolean antecedent(String norm) {
    return ANTECEDENTS.contains(norm);
  }
}
