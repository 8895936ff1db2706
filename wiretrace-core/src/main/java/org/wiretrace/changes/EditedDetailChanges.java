package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wiretrace.model.Span;

/**
 * Flags a detail edited in an otherwise word-for-word copy: a content word replaced ("negative
 * reviews" became "mixed reviews"), or a phrase added or dropped, where every other word of the
 * passage is kept.
 *
 * <p>Method: fact revisions as studied in VitaminC (Schuster et al., NAACL 2021): an editor who keeps
 * a sentence verbatim but for one or two local edits changes what it claims, whereas a paraphrase
 * rewords freely and is left to the typed detectors (numbers, dates, names, polarity). The pair is a
 * <em>copy</em> when its word diff has at most {@value #MAX_EDITS} changed hunks and the shared words
 * cover at least {@value #MIN_COVERAGE} of the shorter passage, and its two content edits, if it has
 * two, do not reword one phrase and reword or cut another (a paraphrase tightening the sentence;
 * {@link #rewordedInTwoPlaces}). A hunk is a detail edit when it
 * adds or drops words, or replaces at most {@value #MAX_REPLACED} words a side, and when it
 * touches a content word and is not mere rewording: inflection ("friend"/"friends"), spelling of
 * compounds ("long-term"/"long term"), an initialism of the same words ("U.S."/"United States"),
 * an abbreviation of the same word ("cents"/"cts"),
 * reordering of the same words, a neutral reporting verb swapped for another, or a number/date
 * restated (the number and date detectors judge those). In a passage that is mostly a quotation
 * on both sides, edits wholly outside the quotation marks edit its frame (who said it, to whom,
 * where) and are left to the attribution and quote checks. A description of a kind of body put
 * where the other side names it ("the company" / "Harbex", "the CIA" / "the agency") is the same
 * actor. The flag names the added or dropped words
 * together with the shared word next to them, so both spans are readable phrases.
 */
final class EditedDetailChanges implements ChangeDetector {

  /** Most changed hunks a copy may have: one fact edited, perhaps with a knock-on edit. */
  static final int MAX_EDITS = 2;

  /** Longest replacement (words a side) read as a changed detail rather than a reworded clause. */
  static final int MAX_REPLACED = 3;

  /** Least share of the shorter passage's words that the copy keeps verbatim. */
  static final double MIN_COVERAGE = 0.85;

  @Override
  public List<Change> detect(PassagePair pair, PairFacts facts) {
    if (!isCopy(pair) || rewordedInTwoPlaces(pair)) {
      return List.of();
    }
    List<Change> changes = new ArrayList<>();
    boolean quoted = mostlyQuoted(pair.sourceWords(), facts.sourceQuotes()) && mostlyQuoted(pair.derivedWords(), facts.derivedQuotes());
    for (int h = 0; h < pair.hunks().size(); h++) {
      WordDiff.Hunk hunk = pair.hunks().get(h);
      if (!hunk.equal() && !(quoted && inFrame(pair, facts, hunk)) && isDetailEdit(pair, facts, hunk)) {
        changes.add(change(pair, facts, hunk));
      }
    }
    return changes;
  }

  /**
   * Whether the derived passage is the source kept word for word but for at most {@value #MAX_EDITS}
   * local edits.
   *
   * @param pair the diffed pair
   * @return true for a copy with local edits
   */
  static boolean isCopy(PassagePair pair) {
    int edits = 0;
    int shared = 0;
    for (WordDiff.Hunk h : pair.hunks()) {
      if (h.equal()) {
        shared += h.sourceLength();
      } else {
        edits++;
      }
    }
    int shorter = Math.min(pair.sourceWords().size(), pair.derivedWords().size());
    return edits >= 1 && edits <= MAX_EDITS && shorter > 0 && (shared >= MIN_COVERAGE * shorter || oneWordSwapped(pair, shared));
  }

  /**
   * Whether the copy's two content edits reword the sentence rather than revise a fact: one phrase
   * replaced and another replaced or dropped ("the recent announcement that he would soon retire" /
   * "the departure of", "a fiasco … caused infections to skyrocket" / "a severe outbreak"). An editor
   * revising a fact changes one place, or adds (or cuts) facts in two; a writer who both rewords
   * and shortens a sentence is paraphrasing it. Edits of function words alone do not count.
   */
  static boolean rewordedInTwoPlaces(PassagePair pair) {
    List<WordDiff.Hunk> content = pair.changedHunks().stream().filter(h -> hasContent(pair, h)).toList();
    if (content.size() != 2) {
      return false;
    }
    long replaced = content.stream().filter(h -> h.sourceLength() > 0 && h.derivedLength() > 0).count();
    long added = content.stream().filter(h -> h.sourceLength() == 0).count();
    return replaced >= 1 && added == 0;
  }

  private static boolean hasContent(PassagePair pair, WordDiff.Hunk h) {
    return Stream.concat(pair.sourceWords().subList(h.sourceFrom(), h.sourceTo()).stream(),
        pair.derivedWords().subList(h.derivedFrom(), h.derivedTo()).stream()).anyMatch(w -> !FunctionWords.isFunction(w.norm()));
  }

  /** Least kept words around a single swapped word for a short sentence to count as a copy. */
  private static final int MIN_KEPT_AROUND_SWAP = 4;

  /**
   * Whether the pair differs by one word replaced by one word, with at least {@value
   * #MIN_KEPT_AROUND_SWAP} words kept: a short sentence ("The film received generally positive
   * reviews") is a copy with one edit even though one word is a large share of it.
   */
  private static boolean oneWordSwapped(PassagePair pair, int shared) {
    List<WordDiff.Hunk> changed = pair.changedHunks();
    return changed.size() == 1 && changed.getFirst().sourceLength() == 1 && changed.getFirst().derivedLength() == 1
        && shared >= MIN_KEPT_AROUND_SWAP;
  }

  private static boolean isDetailEdit(PassagePair pair, PairFacts facts, WordDiff.Hunk h) {
    List<WordToken> src = pair.sourceWords().subList(h.sourceFrom(), h.sourceTo());
    List<WordToken> der = pair.derivedWords().subList(h.derivedFrom(), h.derivedTo());
    List<String> a = content(src);
    List<String> b = content(der);
    if (a.isEmpty() && b.isEmpty()) {
      return false;
    }
    boolean replaced = !src.isEmpty() && !der.isEmpty();
    if (partOfKeptFact(pair, facts, src, der)) {
      return false;
    }
    if (replaced && (hasFact(src, facts.sourceDates(), facts.sourceNumbers()) || hasFact(der, facts.derivedDates(), facts.derivedNumbers())
        || a.isEmpty() || b.isEmpty()
        || src.size() > MAX_REPLACED || der.size() > MAX_REPLACED)) {
      return false;
    }
    return !a.equals(b) && !sameWords(a, b) && !joined(src).equals(joined(der)) && !initialism(src, der)
        && !spellingVariant(a, b) && !abbreviation(src, der) && !attribution(src) && !attribution(der) && !nameVariant(pair, h, src, der)
        && !sourcing(pair, h) && !bothPeople(a, b) && !moved(pair, h, a, b)
        && !coreferent(pair.sourceWords(), h.sourceFrom(), src, der) && !coreferent(pair.derivedWords(), h.derivedFrom(), der, src);
  }

  /** Determiners of a description that points back to an actor named elsewhere ("the company", "its bank"). */
  private static final Set<String> POINTING = Set.of("the", "this", "that", "its", "their");

  /**
   * Whether a description of a kind of body ("the company", "the agency") stands where the other
   * side names the body ("Human Genome", "the CIA"): the same actor referred to two ways, not
   * another detail.
   */
  static boolean coreferent(List<WordToken> side, int from, List<WordToken> description, List<WordToken> name) {
    boolean pointed = description.size() == 2 && POINTING.contains(description.getFirst().norm())
        || description.size() == 1 && from > 0 && POINTING.contains(side.get(from - 1).norm());
    return pointed && EntityChanges.GENERIC.contains(EntityNames.plain(description.getLast().text()))
        && !name.isEmpty() && name.stream().allMatch(w -> w.isCapitalized() || FunctionWords.isFunction(w.norm()))
        && name.stream().anyMatch(w -> w.isCapitalized() && !FunctionWords.isFunction(w.norm()));
  }

  /**
   * Whether a phrase only added (or only dropped) is dropped (or added) word for word by another
   * hunk: the words were moved ("the most often used processor" / "the processor most often
   * used"), not added or dropped.
   */
  static boolean moved(PassagePair pair, WordDiff.Hunk h, List<String> a, List<String> b) {
    if (!a.isEmpty() && !b.isEmpty()) {
      return false;
    }
    List<String> edited = (a.isEmpty() ? b : a).stream().sorted().toList();
    for (WordDiff.Hunk other : pair.changedHunks()) {
      boolean opposite = a.isEmpty() ? other.derivedLength() == 0 : other.sourceLength() == 0;
      if (opposite && !other.equals(h)) {
        List<WordToken> words = a.isEmpty()
            ? pair.sourceWords().subList(other.sourceFrom(), other.sourceTo())
            : pair.derivedWords().subList(other.derivedFrom(), other.derivedTo());
        if (content(words).stream().sorted().toList().equals(edited)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Least share of a passage's words inside quotation marks for the rest to be the quote's frame. */
  private static final double QUOTED_SHARE = 0.5;

  /** Whether most of a passage's words are quoted: the words around the quote say who spoke, where and when. */
  private static boolean mostlyQuoted(List<WordToken> words, List<Quotation> quotes) {
    return !words.isEmpty() && words.size() - QuoteChanges.outsideQuotes(words, quotes).size() >= QUOTED_SHARE * words.size();
  }

  /**
   * Whether an edit lies wholly outside the quotations on both sides of a passage that is mostly a
   * quote: it edits the frame ("…," Thai Prime Minister Thaksin told business leaders / "…," Thaksin
   * said; "he said in a speech to the council" / "he said"), which is the attribution detector's
   * matter, not a changed detail of the claim.
   */
  private static boolean inFrame(PassagePair pair, PairFacts facts, WordDiff.Hunk h) {
    List<WordToken> src = pair.sourceWords().subList(h.sourceFrom(), h.sourceTo());
    List<WordToken> der = pair.derivedWords().subList(h.derivedFrom(), h.derivedTo());
    return QuoteChanges.outsideQuotes(src, facts.sourceQuotes()).size() == src.size()
        && QuoteChanges.outsideQuotes(der, facts.derivedQuotes()).size() == der.size();
  }

  /** Nouns that all count people in general: swapping one for another keeps the claim. */
  private static final Set<String> PEOPLE = Stream.of("people", "person", "resident", "inhabitant",
      "individual", "citizen", "local", "civilian").map(FunctionWords::stem).collect(Collectors.toUnmodifiableSet());

  /** Whether a one-word swap trades one general noun for people for another ("9,000 people" / "9,000 residents"). */
  private static boolean bothPeople(List<String> a, List<String> b) {
    return a.size() == 1 && b.size() == 1 && PEOPLE.contains(a.getFirst()) && PEOPLE.contains(b.getFirst());
  }

  /** Participles that, followed by "by", name who saw or obtained a document ("seen by Reuters"). */
  private static final Set<String> SOURCING = Set.of("seen", "obtained", "reviewed", "viewed", "quoted", "cited");

  /**
   * Whether a phrase only added or dropped says where the words came from rather than what happened:
   * a sourcing clause ("seen by Continental Press", "according to officials"), or words that extend
   * a verb of speech by whom it was told to or who spoke ("confirmed [to The Associated Press]",
   * "said [Troy, who spoke quietly]"), or where it was said ("said Sunday [at the station]"). Who
   * told whom is the attribution detector's matter, not a changed fact.
   */
  static boolean sourcing(PassagePair pair, WordDiff.Hunk h) {
    if (h.sourceLength() > 0 && h.derivedLength() > 0) {
      return false;
    }
    boolean added = h.sourceLength() == 0;
    List<WordToken> side = added ? pair.derivedWords() : pair.sourceWords();
    int from = added ? h.derivedFrom() : h.sourceFrom();
    String first = side.get(from).norm();
    String second = from + 1 < side.size() ? side.get(from + 1).norm() : "";
    return SOURCING.contains(first) && second.equals("by") || first.equals("according") && second.equals("to")
        || reportingVerbAt(side, from - 1) && (side.get(from).isCapitalized() || addressee(side, from))
        || reportingVerbAt(side, from - 2) && side.get(from - 1).isCapitalized();
  }

  /** Whether the words at {@code i} name whom something was told: "to" and a name ("to The Associated Press"). */
  private static boolean addressee(List<WordToken> words, int i) {
    int name = i + 1 < words.size() && words.get(i + 1).norm().equals("the") ? i + 2 : i + 1;
    return words.get(i).norm().equals("to") && name < words.size() && words.get(name).isCapitalized();
  }

  /** Whether word {@code i} is a verb of speech ("said", "told", "confirmed"), not of belief or showing. */
  private static boolean reportingVerbAt(List<WordToken> words, int i) {
    String norm = i >= 0 && !words.get(i).isCapitalized() ? words.get(i).norm() : "";
    ReportingVerbs.Stance stance = ReportingVerbs.stance(norm);
    return stance != null && !SILENT_STANCES.contains(stance) || norm.startsWith("confirm");
  }

  private static final Set<ReportingVerbs.Stance> SILENT_STANCES = EnumSet.of(
      ReportingVerbs.Stance.HEDGE, ReportingVerbs.Stance.BELIEVING, ReportingVerbs.Stance.CONFIRMING);

  /**
   * The same name written longer or shorter: one name word added to or dropped from a name that
   * keeps a word ("Secretary of State Antony Blinken" / "Secretary of State Blinken"), or one name word
   * that extends the other ("Brightwave" / "BrightwaveLabs").
   */
  private static boolean nameVariant(PassagePair pair, WordDiff.Hunk h, List<WordToken> src, List<WordToken> der) {
    List<WordToken> edited = src.isEmpty() ? der : src;
    if (src.isEmpty() || der.isEmpty()) {
      return edited.size() == 1 && edited.getFirst().isCapitalized() && !listItem(pair, h, edited.getFirst())
          && (capitalizedAt(pair.sourceWords(), h.sourceFrom() - 1) || capitalizedAt(pair.sourceWords(), h.sourceTo()));
    }
    String x = joined(src);
    String y = joined(der);
    boolean names = src.stream().allMatch(WordToken::isCapitalized) && der.stream().allMatch(WordToken::isCapitalized);
    return names && (x.startsWith(y) || y.startsWith(x) || x.endsWith(y) || y.endsWith(x))
        && !addsNationality(src, der) && !addsNationality(der, src);
  }

  /**
   * Whether the longer form adds a nationality the shorter lacks ("American" / "American-Indian",
   * "French" / "Swiss/French"): a second nationality is another claim, not the same name written
   * longer.
   */
  private static boolean addsNationality(List<WordToken> shorter, List<WordToken> longer) {
    Set<String> kept = new HashSet<>();
    shorter.forEach(w -> kept.addAll(List.of(w.norm().split("[-/]"))));
    return longer.stream().flatMap(w -> Arrays.stream(w.norm().split("[-/]")))
        .anyMatch(part -> !kept.contains(part) && (EntityAliases.isDemonym(EntityNames.plain(part))
            || EntityAliases.country(EntityNames.plain(part)) != null));
  }

  /**
   * Whether the name word only added or dropped is an item of a list of names, set off by commas
   * ("Lonoke, Howard, Randolph"): another actor, not part of one name written longer. A place's
   * region after a comma and before lower-case words ("Kansas City, Missouri, is") only makes the
   * place more specific and is not an item.
   */
  private static boolean listItem(PassagePair pair, WordDiff.Hunk h, WordToken word) {
    boolean added = h.sourceLength() == 0;
    List<WordToken> side = added ? pair.derivedWords() : pair.sourceWords();
    int at = added ? h.derivedFrom() : h.sourceFrom();
    String text = (added ? pair.derived() : pair.source()).articleText();
    boolean before = at > 0 && text.substring(side.get(at - 1).end(), word.start()).contains(",");
    boolean after = at + 1 < side.size() && text.substring(word.end(), side.get(at + 1).start()).contains(",");
    boolean nameNext = at + 1 < side.size() && side.get(at + 1).isCapitalized();
    return (before || after) && nameNext;
  }

  private static boolean capitalizedAt(List<WordToken> words, int i) {
    return i >= 0 && i < words.size() && words.get(i).isCapitalized() && !FunctionWords.isFunction(words.get(i).norm());
  }

  /**
   * Whether the words hold a reporting word ("said", "told", "according", "claimed"): adding,
   * dropping or moving the attribution tail ("…, he said") is the attribution detector's matter.
   */
  private static boolean attribution(List<WordToken> words) {
    return words.stream().anyMatch(w -> ReportingVerbs.stance(w.norm()) != null);
  }

  /** One word spelt two ways ("commercialize"/"commercialise", "colour"/"color"). */
  private static boolean spellingVariant(List<String> a, List<String> b) {
    if (a.size() != 1 || b.size() != 1) {
      return false;
    }
    String x = a.getFirst();
    String y = b.getFirst();
    return Math.min(x.length(), y.length()) >= 5 && x.charAt(0) == y.charAt(0) && EntityNames.editDistance(x, y) <= 1;
  }

  /** Longest abbreviation read as one ("cts", "dlrs", "govt", "Corp"). */
  private static final int MAX_ABBREVIATION = 4;

  /**
   * Whether one word stands for the other abbreviated, as wire copy writes them: the short form
   * (two to {@value #MAX_ABBREVIATION} letters) opens with the long word's letter and keeps its
   * letters in order, dropping at least two ("cents"/"cts", "government"/"govt",
   * "million"/"mln"); "plant"/"port" is no such pair.
   */
  static boolean abbreviation(List<WordToken> src, List<WordToken> der) {
    if (src.size() != 1 || der.size() != 1) {
      return false;
    }
    String x = letters(src.getFirst());
    String y = letters(der.getFirst());
    String shortForm = x.length() <= y.length() ? x : y;
    String longForm = x.length() <= y.length() ? y : x;
    return shortForm.length() >= 2 && shortForm.length() <= MAX_ABBREVIATION
        && longForm.length() >= shortForm.length() + 2 && shortForm.charAt(0) == longForm.charAt(0)
        && inOrder(shortForm, longForm);
  }

  private static String letters(WordToken w) {
    return w.norm().replaceAll("[^a-z]", "");
  }

  /** Whether every letter of {@code part} occurs in {@code whole}, in the same order. */
  private static boolean inOrder(String part, String whole) {
    int at = 0;
    for (int i = 0; i < part.length(); i++) {
      at = whole.indexOf(part.charAt(i), at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sentence connectives that link a claim to the text around it without changing it ("In
   * addition, two ministers", "However, the plan", "was ultimately cleared").
   */
  private static final Set<String> CONNECTIVES = Set.of("however", "meanwhile", "moreover", "furthermore",
      "nevertheless", "nonetheless", "addition", "additionally", "instead", "ultimately", "indeed", "likewise", "besides");

  /** The content words' stems: function words and connectives dropped, inflection folded. */
  private static List<String> content(List<WordToken> words) {
    List<String> stems = new ArrayList<>();
    for (WordToken w : words) {
      String norm = w.norm();
      if (w.isNumber() || (!FunctionWords.isFunction(norm) && !CONNECTIVES.contains(norm) && !EntityAliases.TITLES.contains(EntityNames.plain(norm))
          && norm.chars().anyMatch(Character::isLetter))) {
        stems.add(FunctionWords.stem(norm));
      }
    }
    return stems;
  }

  /**
   * Whether the edit only touches the wording of a date or quantity whose value words are kept
   * ("more than 40" to "40"): the number and date detectors judge bounds and restatements.
   */
  private static boolean partOfKeptFact(PassagePair pair, PairFacts facts, List<WordToken> src, List<WordToken> der) {
    return hedgeOnly(src, facts.sourceNumbers(), pair.sourceWords()) || hedgeOnly(der, facts.derivedNumbers(), pair.derivedWords());
  }

  /** Whether the edited words inside a kept quantity are only its hedge ("more than", "nearly"). */
  private static boolean hedgeOnly(List<WordToken> edited, List<NumberExpression> numbers, List<WordToken> side) {
    for (NumberExpression n : numbers) {
      List<WordToken> inside = edited.stream().filter(w -> n.span().contains(new Span(w.start(), w.end()))).toList();
      boolean kept = side.stream().anyMatch(w -> n.span().contains(new Span(w.start(), w.end())) && !edited.contains(w));
      String hedge = " " + n.hedgeWords().toLowerCase(Locale.ROOT) + " ";
      if (!inside.isEmpty() && kept && inside.stream().allMatch(w -> hedge.contains(" " + w.norm() + " ") || FunctionWords.isFunction(w.norm()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word lies in a date or quantity the readers found on its own side: those detectors
   * judge restatements. Spans are offsets into each side's own article, so each side's words are
   * checked against that side's facts only.
   */
  private static boolean hasFact(List<WordToken> words, List<DateExpression> dates, List<NumberExpression> numbers) {
    return words.stream().anyMatch(w -> w.isNumber() || inDate(w, dates) || inNumber(w, numbers));
  }

  private static boolean inDate(WordToken w, List<DateExpression> dates) {
    Span s = new Span(w.start(), w.end());
    return dates.stream().anyMatch(d -> d.span().contains(s));
  }

  private static boolean inNumber(WordToken w, List<NumberExpression> numbers) {
    Span s = new Span(w.start(), w.end());
    return numbers.stream().anyMatch(d -> d.span().contains(s));
  }

  /** Same words in another order, or the same words written apart or together. */
  private static boolean sameWords(List<String> a, List<String> b) {
    return a.size() == b.size() && a.stream().sorted().toList().equals(b.stream().sorted().toList());
  }

  /** The words run together without hyphens or dots: "long-term" and "long term" join alike. */
  private static String joined(List<WordToken> words) {
    StringBuilder sb = new StringBuilder();
    words.forEach(w -> sb.append(w.norm().replaceAll("[^\\p{L}\\p{N}]", "")));
    return sb.toString();
  }

  /** "U.S." against "United States": one side is the initials of the other side's words. */
  private static boolean initialism(List<WordToken> src, List<WordToken> der) {
    return initialsOf(src, der) || initialsOf(der, src);
  }

  private static boolean initialsOf(List<WordToken> shortForm, List<WordToken> longForm) {
    if (shortForm.size() != 1 || longForm.size() < 2) {
      return false;
    }
    String letters = letters(shortForm.getFirst());
    StringBuilder initials = new StringBuilder();
    StringBuilder capitals = new StringBuilder();
    for (WordToken w : longForm) {
      initials.append(w.norm().charAt(0));
      if (w.isCapitalized()) {
        capitals.append(w.norm().charAt(0));
      }
    }
    return letters.length() >= 2 && (letters.equals(initials.toString()) || letters.equals(capitals.toString()));
  }

  private static Change change(PassagePair pair, PairFacts facts, WordDiff.Hunk hunk) {
    Span[] spans = ReadableSpans.of(pair, hunk);
    String st = NumberChanges.original(pair.source(), spans[0]);
    String dt = NumberChanges.original(pair.derived(), spans[1]);
    String edited;
    Severity severity;
    if (hunk.sourceLength() == 0) {
      edited = "added \"" + words(pair.derivedWords(), hunk.derivedFrom(), hunk.derivedTo()) + "\"";
      severity = Severity.MEDIUM;
    } else if (hunk.derivedLength() == 0) {
      edited = "dropped \"" + words(pair.sourceWords(), hunk.sourceFrom(), hunk.sourceTo()) + "\"";
      severity = Severity.LOW;
    } else {
      edited = "\"" + words(pair.sourceWords(), hunk.sourceFrom(), hunk.sourceTo()) + "\" became \""
          + words(pair.derivedWords(), hunk.derivedFrom(), hunk.derivedTo()) + "\"";
      severity = Severity.MEDIUM;
    }
    ChangeKind kind = kind(pair, facts, hunk);
    String explanation = String.format(Locale.ROOT, "%s edited in an otherwise word-for-word copy: %s", noun(kind), edited);
    return new Change(kind, severity, spans[0], spans[1], st, dt, st, dt, explanation);
  }

  /** A one-sided edit of a date or number is that kind of change; a name added or dropped is ENTITY. */
  private static ChangeKind kind(PassagePair pair, PairFacts facts, WordDiff.Hunk hunk) {
    List<WordToken> src = pair.sourceWords().subList(hunk.sourceFrom(), hunk.sourceTo());
    List<WordToken> der = pair.derivedWords().subList(hunk.derivedFrom(), hunk.derivedTo());
    List<WordToken> edited = new ArrayList<>(src);
    edited.addAll(der);
    if (src.stream().anyMatch(w -> inDate(w, facts.sourceDates())) || der.stream().anyMatch(w -> inDate(w, facts.derivedDates()))) {
      return ChangeKind.DATE;
    }
    if (src.stream().anyMatch(w -> w.isNumber() || inNumber(w, facts.sourceNumbers()))
        || der.stream().anyMatch(w -> w.isNumber() || inNumber(w, facts.derivedNumbers()))) {
      return ChangeKind.NUMBER;
    }
    boolean name = edited.stream().anyMatch(w -> w.isCapitalized() && !FunctionWords.isFunction(w.norm()) && !isFirst(pair, w));
    return name ? ChangeKind.ENTITY : ChangeKind.DETAIL;
  }

  private static boolean isFirst(PassagePair pair, WordToken w) {
    return (!pair.sourceWords().isEmpty() && pair.sourceWords().getFirst() == w)
        || (!pair.derivedWords().isEmpty() && pair.derivedWords().getFirst() == w);
  }

  private static String noun(ChangeKind kind) {
    return switch (kind) {
      case DATE -> "a date";
      case NUMBER -> "a number";
      case ENTITY -> "a name";
      default -> "a detail";
    };
  }

  private static String words(List<WordToken> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (WordToken w : words.subList(from, to)) {
      sb.append(sb.isEmpty() ? "" : " ").append(w.text());
    }
    return sb.toString();
  }
}
