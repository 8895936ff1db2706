package org.wiretrace.changes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Negation cues and antonym pairs for polarity checks. Written for this project.
 *
 * <p>Implicit negators ("failed to", "refused", "denied", "unable") count as cues so that "did not
 * win" and "failed to win" balance; "not only" is no negation.
 */
final class PolarityLexicon {

  private static final Set<String> NEGATORS = Set.of(
      "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere",
      "fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "unable", "lack",
      "lacks", "lacked", "lacking", "deny", "denies", "denied", "denying", "declined", "declines", "declining", "reject", "rejects", "rejected", "rejecting", "refute", "refutes",
      "refuted", "dismiss", "dismissed", "dismisses", "refusal", "denial", "dont", "didnt", "doesnt",
      "isnt", "wasnt", "arent", "werent", "cant", "couldnt", "wouldnt", "shouldnt", "wont", "hasnt", "havent", "hadnt");

  /** Negators only when followed by "to": "failed to win", "declined to comment" (not "shares declined"). */
  private static final Set<String> NEED_TO = Set.of("fail", "fails", "failed", "failing", "declined", "declines", "declining");

  private static final java.util.regex.Pattern MORPHOLOGICAL = java.util.regex.Pattern.compile(
      "(un|in|im|il|ir|dis|non)[a-z-]{4,}|[a-z]{3,}less");

  private static final List<String> ANTONYMS = List.of(
      "increase decrease", "increased decreased", "increases decreases", "increasing decreasing",
      "rise fall", "rose fell", "risen fallen", "rising falling", "rises falls", "gain loss", "gained lost",
      "gains losses", "higher lower", "highest lowest", "win lose", "won lost", "wins loses", "winning losing",
      "accept reject", "accepted rejected", "accepts rejects", "approve reject", "approved rejected",
      "allow ban", "allowed banned", "allows bans", "allow forbid", "allowed forbade", "support oppose",
      "supported opposed", "supports opposes", "supporting opposing", "agree disagree", "agreed disagreed",
      "agrees disagrees", "include exclude", "included excluded", "strengthen weaken", "strengthened weakened",
      "success failure", "successful unsuccessful", "majority minority", "best worst", "largest smallest",
      "biggest smallest", "guilty innocent", "legal illegal", "positive negative", "before after",
      "above below", "boost cut", "boosted cut", "expand shrink", "expanded shrank", "profit loss",
      "profits losses", "surplus deficit", "strong weak", "stronger weaker", "strongest weakest", "rich poor",
      "easy difficult", "possible impossible", "likely unlikely", "true false", "victory defeat",
      "acquitted convicted", "cheap expensive", "cheaper dearer", "alive dead", "friend enemy", "ally enemy",
      "allies enemies", "import export", "imports exports", "buy sell", "bought sold", "buying selling",
      "buys sells", "lend borrow", "lifted imposed", "lift impose", "raised lowered", "raise lower",
      "hired fired", "hire fire", "confirmed denied", "confirm deny", "optimistic pessimistic",
      "maximum minimum", "began ended", "start end", "started ended", "advance retreat", "advanced retreated",
      "legalize ban", "legalized banned", "open closed", "opened closed", "up down", "upward downward",
      "inflow outflow", "north south", "east west", "northern southern", "eastern western", "always never",
      "sooner later", "earlier later", "oldest youngest", "older younger", "full empty", "wet dry",
      "hot cold", "warmer colder", "safe dangerous", "safer riskier", "better worse", "improved worsened",
      "improve worsen", "attack defend", "won't will", "ally rival", "peace war", "legally illegally");

  private static final Map<String, String> OPPOSITE = opposites();

  private PolarityLexicon() {}

  private static Map<String, String> opposites() {
    Map<String, String> map = new HashMap<>();
    for (String pair : ANTONYMS) {
      String[] p = pair.split(" ");
      map.put(p[0], p[1]);
      map.put(p[1], p[0]);
    }
    return map;
  }

  /**
   * Returns whether word {@code i} negates: "not", "n't" contractions, "never", "failed to",
   * "denied"... A capitalised "Not" inside a name ("Do Not Call") does not.
   *
   * @param words the lexical tokens
   * @param i the index of the word
   * @return true for a negator
   */
  static boolean isNegator(List<WordToken> words, int i) {
    WordToken token = words.get(i);
    String n = token.norm();
    if (NEED_TO.contains(n)) {
      return i + 2 < words.size() && words.get(i + 1).norm().equals("to") && isVerbLike(words.get(i + 2));
    }
    if (n.equals("nor") && neitherBefore(words, i)) {
      return false;
    }
    if (startsBound(words, i)) {
      return false;
    }
    if (token.isCapitalized() && i > 0 && words.get(i - 1).isCapitalized()) {
      return false;
    }
    return NEGATORS.contains(n) || n.endsWith("n't");
  }

  /** "no less than", "not more than", "no fewer than": a numeric bound, read by the number reader. */
  private static boolean startsBound(List<WordToken> words, int i) {
    String n = words.get(i).norm();
    return (n.equals("no") || n.equals("not")) && i + 2 < words.size()
        && Set.of("less", "more", "fewer").contains(words.get(i + 1).norm())
        && words.get(i + 2).norm().equals("than");
  }

  /** Words after "to" that start a noun phrase or an amount, not a verb: "declined to $3", "fell to the". */
  private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
      "about", "around", "nearly", "almost", "just", "some", "record", "levels", "level", "lows", "highs");

  /** Whether a word after "to" can begin an infinitive ("to comment"), not an amount or noun phrase. */
  private static boolean isVerbLike(WordToken w) {
    String n = w.norm();
    return w.isWord() && !n.isEmpty() && Character.isLetter(n.charAt(0)) && !NOT_VERBS.contains(n);
  }

  /** Whether "nor" at {@code i} closes a "neither ... nor" already counted at its "neither". */
  private static boolean neitherBefore(List<WordToken> words, int i) {
    for (int k = Math.max(0, i - 8); k < i; k++) {
      if (words.get(k).norm().equals("neither")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that negate by meaning without being negators ("rarely", "hardly", "has yet to", "failure"):
   * a negator facing one of them across a rewording restates the claim rather than flipping it.
   */
  private static final Set<String> QUASI_NEGATIVES = Set.of("rarely", "seldom", "hardly", "barely", "scarcely", "yet",
      "failure", "failures", "absence", "absent", "lack", "refusal", "denial", "instead", "rather", "neither", "no", "not",
      "never", "none", "nothing", "without");

  /** Returns whether a word negates by meaning or is itself a negator, for balancing a negation. */
  static boolean isQuasiNegative(String norm) {
    return QUASI_NEGATIVES.contains(norm) || norm.endsWith("n't") || NEGATORS.contains(norm);
  }

  /** Returns whether a word carries its own negation by affix: "unknown", "illegal", "penniless". */
  static boolean isMorphologicalNegative(String norm) {
    return MORPHOLOGICAL.matcher(norm).matches() && !norm.startsWith("inter") && !norm.startsWith("index")
        && !norm.startsWith("under") && !norm.startsWith("unit") && !norm.startsWith("inform") && !norm.startsWith("involv");
  }

  /** Returns whether the two words are antonyms. */
  static boolean antonyms(String a, String b) {
    return b.equals(OPPOSITE.get(a));
  }
}
