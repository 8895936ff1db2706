package org.wiretrace.changes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small hand-written lexicon for spotting "tortured phrases": established phrases rewritten word
 * by word with thesaurus synonyms, the signature of automatic article spinners (Cabanac, Labbé and
 * Magazinov, "Tortured phrases", 2021). Written for this project; no external word list is copied.
 *
 * <p>Three lists: {@link #COLLOCATIONS}, common fixed phrases of news and science writing;
 * substitute groups, words a spinner swaps in for a word (symmetric, so the relation also finds
 * the reverse swap); and wrong-sense swaps, single-word substitutions that take the wrong sense of
 * an ambiguous word ("dear" as costly, "isolated" as physically confined).
 */
final class SpinLexicon {

  static final Set<String> COLLOCATIONS = Set.of(
      "dear friend", "close friend", "old friend", "best friend", "prime minister", "white house",
      "press conference", "human rights", "death toll", "civil war", "cold war", "world war",
      "armed forces", "supreme court", "police officer", "state media", "foreign minister",
      "foreign affairs", "climate change", "global warming", "artificial intelligence", "big data",
      "deep learning", "neural network", "machine learning", "random forest", "mean square error",
      "breast cancer", "kidney failure", "heart attack", "security council", "interest rate",
      "central bank", "stock market", "economic growth", "public opinion", "war crimes",
      "arrest warrant", "double standards", "peace talks", "peace process", "fighter jet",
      "news agency", "cruise missile", "cruise missiles", "marriage of convenience", "diplomatic cover",
      "head of state", "red line", "common ground", "state of emergency", "martial law",
      "ground troops", "front line", "rule of law", "natural gas", "oil prices", "nuclear weapons",
      "chemical weapons", "heavy rain", "high school", "real estate", "black market", "free trade",
      "trade war", "middle class", "working class", "social media", "public health", "mental health",
      "health care", "life expectancy", "labor market", "supply chain", "search engine",
      "common sense", "united nations", "european union", "white paper", "hot water",
      "young people", "elderly people", "car accident", "traffic jam", "fire brigade",
      "customer service", "mobile phone", "prime time", "press release", "vice president",
      "right wing", "left wing", "polling station", "general election", "landslide victory",
      "ceasefire agreement", "peace deal", "arms race", "air strike", "air strikes", "human error",
      "greenhouse gas", "renewable energy", "solar panel", "wind farm", "climate crisis",
      "financial crisis", "credit card", "bank account", "tax cut", "budget deficit",
      "unemployment rate", "inflation rate", "gross domestic product", "quantum computer",
      "data set", "training data", "decision tree", "support vector machine", "image processing",
      "signal to noise", "standard deviation", "sample size", "control group", "side effect",
      "side effects", "blood pressure", "immune system", "clinical trial", "clinical trials");

  private static final List<String> GROUPS = List.of(
      "dear expensive costly pricey", "friend companion buddy pal mate", "friends companions buddies pals mates",
      "isolated confined secluded detached", "powerful potent capable mighty", "ally partner associate confederate",
      "prime top chief premier", "minister priest clergyman pastor", "white pale", "house home residence dwelling",
      "press squeeze", "conference meeting gathering", "human person individual", "rights privileges entitlements",
      "death passing demise", "toll cost fee", "civil common polite", "war warfare combat", "armed outfitted equipped",
      "forces powers strengths", "supreme preeminent incomparable", "court tribunal courtyard", "police cop",
      "officer official", "state express", "foreign outside overseas", "affairs undertakings issues",
      "head top chief", "climate atmosphere", "change alteration modification", "global worldwide",
      "warming heating", "artificial counterfeit fake simulated", "intelligence consciousness insight",
      "big colossal huge enormous", "data information", "deep profound", "learning education",
      "network organization", "machine device apparatus", "random irregular arbitrary", "forest woods woodland",
      "error blunder mistake", "mean imply", "square rectangular", "signal flag", "noise commotion clamor",
      "cancer peril malignancy", "breast bosom", "failure disappointment breakdown", "heart coronary",
      "attack assault", "security safety protection", "council board committee", "interest intrigue premium",
      "rate rating", "central focal", "bank banking", "stock inventory", "market showcase marketplace",
      "economic financial monetary", "growth development", "public open", "opinion conclusion",
      "crimes wrongdoings offenses violations", "arrest capture apprehension", "warrant authorization justification",
      "double twofold dual", "standards principles norms", "peace harmony tranquility", "talks discussions conversations",
      "fighter warrior combatant", "jet fly stream", "news information", "agency office bureau",
      "cruise voyage journey", "missile rocket projectile", "missiles rockets projectiles", "marriage union wedding",
      "convenience comfort accommodation", "diplomatic political tactful", "cover spread blanket",
      "red crimson", "line queue", "common normal", "ground earth soil", "emergency crisis", "martial military",
      "law regulation", "troops soldiers", "front forward", "rule standard", "natural characteristic",
      "gas fuel", "oil petroleum", "prices costs", "nuclear atomic", "weapons arms", "chemical synthetic",
      "heavy substantial weighty", "rain precipitation", "high elevated", "school academy", "real genuine actual",
      "estate domain property", "black dark", "free complimentary", "trade exchange commerce",
      "middle center", "class category", "social societal", "media press", "health wellbeing wellness",
      "care attention", "life existence", "expectancy anticipation", "labor labour toil", "supply provision",
      "chain fetter", "search hunt", "engine motor", "sense feeling", "young youthful", "people individuals folks",
      "elderly aged", "car vehicle automobile", "accident mishap", "traffic congestion", "jam clog",
      "fire blaze flame", "brigade team squad", "customer client", "service administration", "mobile portable cellular",
      "phone telephone", "time period", "release launch discharge", "vice bad", "president leader",
      "wing flank", "polling voting", "station post", "general overall", "election decision",
      "landslide avalanche", "victory triumph win", "agreement understanding", "deal bargain",
      "arms weapons", "race contest", "air atmosphere", "strike hit", "strikes hits", "greenhouse nursery",
      "renewable sustainable", "energy vitality", "solar sunlight", "panel board", "wind breeze", "farm ranch",
      "crisis emergency", "credit acknowledgment", "account record", "tax levy duty", "cut reduction",
      "budget spending", "deficit shortfall", "unemployment joblessness", "inflation expansion", "gross total",
      "domestic household", "product item", "computer pc", "set collection", "training preparation",
      "decision choice", "support backing", "image picture", "processing handling",
      "standard typical", "deviation departure", "sample test", "size measure", "control management",
      "group gathering", "side aspect", "effect impact", "effects impacts", "blood gore", "pressure weight",
      "immune resistant", "system framework", "clinical medical", "trial preliminary", "trials preliminaries",
      "close near", "old aged", "best finest");

  /** Single-word swaps that take the wrong sense of an ambiguous word. */
  private static final Map<String, Set<String>> WRONG_SENSE = Map.of(
      "dear", Set.of("expensive", "costly", "pricey"),
      "isolated", Set.of("confined", "secluded", "detached"),
      "fine", Set.of("penalty", "okay"),
      "capital", Set.of("money", "funds"),
      "sentence", Set.of("phrase", "clause"),
      "cabinet", Set.of("cupboard", "closet"),
      "bill", Set.of("invoice", "beak"),
      "party", Set.of("celebration", "festivity"),
      "race", Set.of("breed", "ethnicity"),
      "strike", Set.of("hit", "smack"));

  private static final Map<String, Set<String>> SUBSTITUTES = substitutes();

  private SpinLexicon() {}

  private static Map<String, Set<String>> substitutes() {
    Map<String, Set<String>> map = new HashMap<>();
    for (String group : GROUPS) {
      List<String> words = List.of(group.split(" "));
      for (String w : words) {
        map.computeIfAbsent(w, k -> new HashSet<>()).addAll(words);
      }
    }
    return map;
  }

  /** Returns whether a lower-case phrase, or its singular, is a known collocation. */
  static boolean isCollocation(String phrase) {
    if (COLLOCATIONS.contains(phrase)) {
      return true;
    }
    List<String> words = List.of(phrase.split(" "));
    return COLLOCATIONS.contains(String.join(" ", words.stream().map(Units::singular).toList()));
  }

  /** Returns whether a spinner would swap one word for the other (in either direction). */
  static boolean substitutes(String a, String b) {
    return !a.equals(b) && SUBSTITUTES.getOrDefault(a, Set.of()).contains(b);
  }

  /** Returns whether a single-word swap takes the wrong sense of the source word. */
  static boolean wrongSense(String source, String derived) {
    return WRONG_SENSE.getOrDefault(source, Set.of()).contains(derived);
  }
}
