package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.wiretrace.model.Span;

/**
 * Flags quotations whose words changed (misquote), quoted words kept but their quotation marks
 * dropped, and paraphrase put inside quotation marks. A quotation turned into reported speech in
 * other words ("I will go" to "he said he would go") is ordinary reporting and not flagged.
 *
 * <p>Method: quotations are matched by speaker (two quotes are the same speaker's unless both
 * speakers are known and neither passage names the other) and by the overlap of their content-word
 * stems. A matched pair whose words differ is a misquote when the change says something else: a
 * meaning-bearing word changed (number, name put for another name, negation, modality, quantity or
 * degree), or the quote was reworded in a sentence copied word for word outside its quotes.
 * Synonyms swapped and words added or dropped inside a quote of a report that rewords the sentence
 * around it are how two reporters transcribe one remark, however many places differ, and inflection or function words alone
 * ("dear friend" to "dear friends") never make a misquote. An unmatched source quote whose content words reappear outside quotation
 * marks, in the same order, in the derived passage lost its marks; an unmatched derived quote whose content words
 * come from unquoted source text that the source attributes to a speaker ("…, the minister said") is
 * paraphrase presented as a quote; words the source states as its own narration, unattributed, are
 * not what anyone said in the source, so a quote of them comes from elsewhere and is not flagged.
 * Reported speech is neither: marks
 * dropped from words still attributed to their speaker ("…, Blinken said") leave them the speaker's,
 * and a quote that keeps most words of a statement the source attributes in reported form renders
 * that statement. All three are judged only on
 * quotations whose opening and closing marks both lie inside the passage: a passage that starts or
 * ends inside a quotation cannot show which words were quoted. Marks dropped from a short
 * quotation (a term in quotation marks, under five words) or from words still in the first person
 * ("I am responsible …", which no outlet writes in its own voice) are not flagged.
 */
final class QuoteChanges implements ChangeDetector {

  private static final double MATCH_OVERLAP = 0.34;
  private static final double COVERAGE = 0.6;
  private static final int MIN_CONTENT_WORDS = 3;
  private static final double VERBATIM = 0.9;
  /** Function words whose change inside a quote changes what was said: modality, negation, quantity. */
  private static final Set<String> MEANINGFUL = Set.of(
      "not", "no", "never", "should", "could", "would", "will", "can", "may", "might", "must", "shall",
      "all", "none", "only", "more", "less", "most", "least", "every", "some", "any");
  /** First-person words: unquoted source text in the first person is a quote that lost its marks. */
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us", "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll");

  @Override
  public List<Change> detect(PassagePair pair, PairFacts facts) {
    List<Change> changes = new ArrayList<>();
    List<Quotation> unmatchedDerived = new ArrayList<>(facts.derivedQuotes());
    for (Quotation s : facts.sourceQuotes()) {
      Quotation d = bestMatch(pair, s, unmatchedDerived);
      if (d != null) {
        unmatchedDerived.remove(d);
        if (marked(pair.source(), s) && marked(pair.derived(), d)) {
          misquote(pair, s, d, sameFraming(pair, facts)).ifPresent(changes::add);
        }
      } else {
        unquoted(pair, s, facts.derivedQuotes()).ifPresent(changes::add);
      }
    }
    for (Quotation d : unmatchedDerived) {
      newlyQuoted(pair, d, facts.sourceQuotes()).ifPresent(changes::add);
    }
    return changes;
  }

  private static Quotation bestMatch(PassagePair pair, Quotation s, List<Quotation> candidates) {
    Quotation best = null;
    double bestOverlap = MATCH_OVERLAP;
    for (Quotation d : candidates) {
      double overlap = overlap(s.contentStems(), d.contentStems());
      if (speakersCompatible(pair, s, d) && (overlap >= bestOverlap || s.norms().equals(d.norms()))) {
        best = d;
        bestOverlap = Math.max(overlap, bestOverlap);
      }
    }
    return best;
  }

  static boolean speakersCompatible(PassagePair pair, Quotation s, Quotation d) {
    if (s.speaker().isEmpty() || d.speaker().isEmpty() || s.speaker().equals(d.speaker())) {
      return true;
    }
    return capitalizedKeys(pair.derivedWords()).contains(s.speaker()) || capitalizedKeys(pair.sourceWords()).contains(d.speaker());
  }

  private static Set<String> capitalizedKeys(List<WordToken> words) {
    Set<String> keys = new HashSet<>();
    for (WordToken w : words) {
      if (w.isWord() && w.isCapitalized()) {
        keys.add(EntityNames.key(w.text()));
      }
    }
    return keys;
  }

  /** Share of the smaller side's content stems found in the other side. */
  static double overlap(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    Set<String> common = new HashSet<>(sa);
    common.retainAll(sb);
    return (double) common.size() / Math.min(sa.size(), sb.size());
  }

  private static Optional<Change> misquote(PassagePair pair, Quotation s, Quotation d, boolean sameFraming) {
    if (quotesMoreOrLess(s.words(), d.words())) {
      return Optional.empty();
    }
    List<WordDiff.Hunk> internal = internalHunks(WordDiff.diff(s.words(), d.words(), WordToken::norm)).stream()
        .filter(h -> !QuoteWording.sameWording(pair, s.words(), d.words(), h)).toList();
    if (internal.isEmpty()) {
      return Optional.empty();
    }
    List<String> pieces = new ArrayList<>();
    List<WordToken> from = new ArrayList<>();
    List<WordToken> to = new ArrayList<>();
    for (WordDiff.Hunk h : internal) {
      pieces.add(piece(s.words().subList(h.sourceFrom(), h.sourceTo()), d.words().subList(h.derivedFrom(), h.derivedTo())));
      from.addAll(s.words().subList(h.sourceFrom(), h.sourceTo()));
      to.addAll(d.words().subList(h.derivedFrom(), h.derivedTo()));
    }
    if (!changesContent(from, to) || !substantive(s.words(), d.words(), internal, sameFraming)) {
      return Optional.empty();
    }
    String who = s.speaker().isEmpty() ? "" : " attributed to " + s.speakerName();
    String explanation = "misquote: the words inside the quotation marks" + who + " changed: "
        + String.join("; ", pieces.subList(0, Math.min(3, pieces.size())));
    return Optional.of(change(pair, s.span(), d.span(), Severity.HIGH, explanation));
  }

  /** Degree and frequency words: a quote that gains, loses or swaps one says something stronger or weaker. */
  private static final Set<String> DEGREE = Set.of("mostly", "partly", "largely", "almost", "nearly", "barely", "hardly",
      "probably", "possibly", "perhaps", "maybe", "likely", "unlikely", "few", "several", "many", "much", "always",
      "sometimes", "often", "rarely", "ever", "entirely", "completely", "fully", "totally", "slightly");

  /**
   * Whether the changes inside a quotation alter what was said rather than how it was transcribed:
   * a meaning-bearing word changed (a number, a name put in another name's place, negation,
   * modality, quantity or degree: "never" to "not", "safe" to "mostly safe", "four years" to "few
   * years"), or the quote was reworded in one place in a passage whose words outside the quotes are
   * all kept (an editor who copied the sentence changed one phrase of the quote: "labour costs" to
   * "energy costs"; words moved within the quote do not count). Synonyms swapped and words added or
   * dropped in several places ("symptomatic of the difficulties that often trouble" / "reminiscent of
   * the troubles that have dogged"), or in one place of a passage that is itself reworded ("makes
   * sense" / "makes good sense"), are how two reporters transcribe the same remark, and are not
   * flagged as a misquote.
   */
  static boolean substantive(List<WordToken> source, List<WordToken> derived, List<WordDiff.Hunk> internal, boolean sameFraming) {
    List<List<String>> added = new ArrayList<>();
    List<List<String>> dropped = new ArrayList<>();
    for (WordDiff.Hunk h : internal) {
      (h.sourceLength() == 0 ? added : dropped).add(sortedStems(words(source, derived, h)));
    }
    int rewordings = 0;
    for (WordDiff.Hunk h : internal) {
      List<WordToken> from = source.subList(h.sourceFrom(), h.sourceTo());
      List<WordToken> to = derived.subList(h.derivedFrom(), h.derivedTo());
      if (meaningChanged(from, to) || nameReplaced(from, to)) {
        return true;
      }
      boolean moved = (from.isEmpty() || to.isEmpty()) && (from.isEmpty() ? dropped : added).contains(sortedStems(words(source, derived, h)));
      rewordings += changesContent(from, to) && !moved ? 1 : 0;
    }
    return rewordings == 1 && sameFraming;
  }

  /** The words of a hunk on whichever side has them (both sides for a replacement). */
  private static List<WordToken> words(List<WordToken> source, List<WordToken> derived, WordDiff.Hunk h) {
    List<WordToken> all = new ArrayList<>(source.subList(h.sourceFrom(), h.sourceTo()));
    all.addAll(derived.subList(h.derivedFrom(), h.derivedTo()));
    return all;
  }

  /** Whether the words outside every quotation are the same on both sides: the sentence around the quotes was copied. */
  private static boolean sameFraming(PassagePair pair, PairFacts facts) {
    List<String> a = outsideQuotes(pair.sourceWords(), facts.sourceQuotes()).stream().map(WordToken::norm).toList();
    List<String> b = outsideQuotes(pair.derivedWords(), facts.derivedQuotes()).stream().map(WordToken::norm).toList();
    return a.equals(b);
  }

  /**
   * Whether a number or a word of negation, modality, quantity or degree changed: added, dropped,
   * or swapped for a word of another sense, in an edit of at most {@value #MAX_SENSE_EDIT} words a
   * side. A swap within one sense ("maybe" / "possibly", "no pressure" / "nobody pressured") says
   * the same thing.
   */
  static boolean meaningChanged(List<WordToken> from, List<WordToken> to) {
    if (Stream.concat(from.stream(), to.stream()).anyMatch(w -> w.isNumber() || WordNumbers.read(List.of(w), 0) != null)) {
      return true;
    }
    if (from.size() > MAX_SENSE_EDIT || to.size() > MAX_SENSE_EDIT) {
      return false;
    }
    Set<String> a = senses(from);
    Set<String> b = senses(to);
    return from.isEmpty() || to.isEmpty() ? !a.isEmpty() || !b.isEmpty() : !a.equals(b);
  }

  /**
   * Longest edit (words a side) whose negation, modality, quantity or degree word is read as the
   * change itself; inside a longer phrase added, dropped or reworded ("I can assure you of this",
   * "the decision was not difficult" for "the decision was an easy one") the word belongs to the
   * rewording, which says the same thing in other words.
   */
  private static final int MAX_SENSE_EDIT = 2;

  /** The senses of the meaning-bearing words, contractions expanded ("won't" holds "will" and "not"). */
  private static Set<String> senses(List<WordToken> words) {
    Set<String> senses = new HashSet<>();
    for (WordToken w : words) {
      for (String x : QuoteWording.expanded(w.norm())) {
        if (MEANINGFUL.contains(x) || DEGREE.contains(x) || SENSES.containsKey(x)) {
          senses.add(SENSES.getOrDefault(x, x));
        }
      }
    }
    return senses;
  }

  /** Words of one sense: negation, hedge, obligation, totality, large or small amount, near-totality. */
  private static final Map<String, String> SENSES = senseMap(
      "negation: not no none nobody nothing neither nor",
      "hedge: probably possibly perhaps maybe likely may might could",
      "obligation: should must shall",
      "future: will would",
      "totality: all every always entirely completely fully totally",
      "large: many much more most often",
      "small: few less least rarely barely hardly slightly somewhat",
      "nearly: mostly largely almost nearly");

  private static Map<String, String> senseMap(String... lines) {
    Map<String, String> map = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split(":");
      for (String word : parts[1].strip().split(" ")) {
        map.put(word, parts[0]);
      }
    }
    return Map.copyOf(map);
  }

  /**
   * Whether a name was put in another name's place ("Ferdinand" to "Jason Muir"). A name only added
   * or dropped, or put for a pronoun ("We're going" to "Rob Furst intends"), clarifies who is meant,
   * as {@link EntityChanges} holds; the same name respelled or made possessive ("NASA's" to "the
   * NASA") is the same name.
   */
  static boolean nameReplaced(List<WordToken> from, List<WordToken> to) {
    Set<String> a = nameKeys(from);
    Set<String> b = nameKeys(to);
    return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
  }

  private static Set<String> nameKeys(List<WordToken> words) {
    Set<String> keys = new HashSet<>();
    for (WordToken w : words) {
      if (w.isWord() && w.isCapitalized() && !FunctionWords.isFunction(w.norm())) {
        keys.add(EntityNames.key(w.text()));
      }
    }
    return keys;
  }

  /**
   * Whether one quotation's words run unbroken inside the other's, inflection and contractions aside
   * ("I am being forced into exile" inside "I can say I am being forced into exile"): the outlet
   * quoted more or less of the same statement, which is no misquote.
   */
  static boolean quotesMoreOrLess(List<WordToken> a, List<WordToken> b) {
    String x = QuoteWording.stemKey(a);
    String y = QuoteWording.stemKey(b);
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
  }

  /**
   * The changed hunks inside the part both quotations share. Words only added or dropped at either
   * end are left out: quoting less (or more) of the same statement is not a misquote.
   */
  static List<WordDiff.Hunk> internalHunks(List<WordDiff.Hunk> hunks) {
    int from = 0;
    int to = hunks.size();
    if (to > 0 && isEdgeOnly(hunks.getFirst())) {
      from++;
    }
    if (to > from && isEdgeOnly(hunks.getLast())) {
      to--;
    }
    return hunks.subList(from, to).stream().filter(h -> !h.equal()).toList();
  }

  private static boolean isEdgeOnly(WordDiff.Hunk h) {
    return !h.equal() && (h.sourceLength() == 0 || h.derivedLength() == 0);
  }

  /** Function words, added, dropped or swapped, that a change may touch before it is flagged. */
  private static final int MAX_SILENT_FUNCTION_WORDS = 2;

  /**
   * Whether a change touches only a few plain function words ("a", "the", "that", "and"), none of
   * them modality, negation or quantity: the quoted statement says the same thing.
   */
  static boolean functionWordsOnly(List<WordToken> from, List<WordToken> to) {
    List<WordToken> all = new ArrayList<>(from);
    all.addAll(to);
    return all.size() <= MAX_SILENT_FUNCTION_WORDS
        && all.stream().map(WordToken::norm).allMatch(w -> FunctionWords.isFunction(w) && !MEANINGFUL.contains(w));
  }

  /** Whether a change replaces, adds or drops a content word; inflection and order aside. */
  static boolean changesContent(List<WordToken> from, List<WordToken> to) {
    return !sortedStems(from).equals(sortedStems(to));
  }

  /** The meaning-bearing stems, contractions expanded first ("we've" holds "we" and "have"). */
  private static List<String> sortedStems(List<WordToken> words) {
    return words.stream().flatMap(w -> QuoteWording.expanded(w.norm()).stream())
        .filter(w -> !FunctionWords.isFunction(w) || MEANINGFUL.contains(w)).map(FunctionWords::stem).sorted().toList();
  }

  private static String piece(List<WordToken> from, List<WordToken> to) {
    if (from.isEmpty()) {
      return "added \"" + joined(to) + "\"";
    }
    if (to.isEmpty()) {
      return "dropped \"" + joined(from) + "\"";
    }
    return "\"" + joined(from) + "\" became \"" + joined(to) + "\"";
  }

  private static String joined(List<WordToken> words) {
    return String.join(" ", words.stream().map(WordToken::text).toList());
  }

  /**
   * Fewest words of a quotation whose dropped marks are flagged: a shorter one ("a suspected
   * \"potential suicide bomber\"") marks a term, not someone's statement.
   */
  private static final int MIN_STATEMENT_WORDS = 5;

  private static Optional<Change> unquoted(PassagePair pair, Quotation s, List<Quotation> derivedQuotes) {
    List<WordToken> outside = outsideQuotes(pair.derivedWords(), derivedQuotes);
    List<WordToken> hits = covering(s.contentStems(), outside);
    if (!isStatement(s) || !marked(pair.source(), s) || hasQuoteMark(pair.derivedTokens())
        || hits.size() < COVERAGE * new HashSet<>(s.contentStems()).size() || inOrderShare(s.words(), outside) < VERBATIM
        || attributes(outside, hits) || s.words().size() < MIN_STATEMENT_WORDS || firstPerson(outside, hits)) {
      return Optional.empty();
    }
    Span span = new Span(hits.getFirst().start(), hits.getLast().end());
    String explanation = "quotation marks" + speakerSuffix(s) + " dropped: the quoted words now read as the outlet's own";
    return Optional.of(change(pair, s.span(), span, Severity.LOW, explanation));
  }

  /**
   * Whether both of the quotation's marks lie inside the passage. A passage that opens inside a
   * quotation (its opening mark in the sentence before) or closes inside one cannot tell quoted
   * from unquoted words, so quotes gained or lost are not judged on it.
   */
  static boolean marked(Passage passage, Quotation q) {
    String text = passage.articleText();
    int before = q.span().start() - 1;
    while (before >= passage.span().start() && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    int after = q.span().end();
    while (after < passage.span().end() && (Character.isWhitespace(text.charAt(after)) || ",.;:!?".indexOf(text.charAt(after)) >= 0)) {
      after++;
    }
    return before >= passage.span().start() && isMark(text.charAt(before)) && after < passage.span().end() && isMark(text.charAt(after));
  }

  private static boolean isMark(char c) {
    return "\"'`“”„«»‘’‚".indexOf(c) >= 0;
  }

  /** Whether a passage has any quotation mark (an apostrophe inside a word is no mark). */
  static boolean hasQuoteMark(List<WordToken> tokens) {
    return tokens.stream().anyMatch(WordToken::isQuoteMark);
  }

  /** A quotation of a statement: enough content words, and not a title or name in quote marks. */
  static boolean isStatement(Quotation q) {
    long capitalized = q.words().stream().filter(WordToken::isCapitalized).count();
    return q.contentStems().size() >= MIN_CONTENT_WORDS && capitalized * 2 < q.words().size();
  }

  /** Share of {@code quoted} words found in order in {@code text} (LCS length over quote length). */
  static double inOrderShare(List<WordToken> quoted, List<WordToken> text) {
    long common = WordDiff.diff(quoted, text, WordToken::norm).stream().filter(WordDiff.Hunk::equal)
        .mapToLong(WordDiff.Hunk::sourceLength).sum();
    return quoted.isEmpty() ? 0 : (double) common / quoted.size();
  }

  private static Optional<Change> newlyQuoted(PassagePair pair, Quotation d, List<Quotation> sourceQuotes) {
    List<WordToken> outside = outsideQuotes(pair.sourceWords(), sourceQuotes);
    List<WordToken> hits = covering(d.contentStems(), outside);
    if (!isStatement(d) || !marked(pair.derived(), d) || hasQuoteMark(pair.sourceTokens())
        || hits.size() < COVERAGE * new HashSet<>(d.contentStems()).size()
        || inOrderShare(d.words(), outside) >= VERBATIM || firstPerson(outside, hits) || !attributes(outside, hits)
        || renderedSpeech(d, outside, hits)) {
      return Optional.empty();
    }
    Span span = new Span(hits.getFirst().start(), hits.getLast().end());
    String explanation = "paraphrase put inside quotation marks" + speakerSuffix(d) + ": the source does not quote these words";
    return Optional.of(change(pair, span, d.span(), Severity.HIGH, explanation));
  }

  /**
   * Whether the unquoted text attributes the words to someone with a reporting verb outside them
   * ("Wheeler said", "he told The Sun that"): reported speech. Quote marks dropped from words still
   * attributed leave them the speaker's, not the outlet's; and a derived outlet quoting a statement
   * the source reported indirectly renders the same attributed speech, not words made up.
   */
  private static boolean attributes(List<WordToken> outside, List<WordToken> hits) {
    int from = outside.indexOf(hits.getFirst());
    int to = outside.indexOf(hits.getLast());
    for (int i = 0; i < outside.size(); i++) {
      if ((i < from || i > to) && ReportingVerbs.stance(outside.get(i).norm()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Least in-order share of a derived quote's words in the source's attributed words for rendered speech. */
  private static final double RENDERED = 0.6;

  /**
   * Whether the derived quote renders speech the source attributes in reported form, keeping most
   * of its words in order ("he told The Sun that the daughters had schools in mind" quoted as
   * "The daughters had schools in mind"): the same attributed statement, not words made up. A quote
   * in other words than the source reported is still paraphrase put inside quotation marks.
   */
  private static boolean renderedSpeech(Quotation d, List<WordToken> outside, List<WordToken> hits) {
    return attributes(outside, hits) && inOrderShare(d.words(), outside) >= RENDERED;
  }

  /** Whether the source words the quote came from speak in the first person (a quote without marks). */
  private static boolean firstPerson(List<WordToken> outside, List<WordToken> hits) {
    int from = outside.indexOf(hits.getFirst());
    int to = outside.indexOf(hits.getLast());
    int start = Math.max(0, from - 3);
    return outside.subList(start, Math.max(start, to + 1)).stream().anyMatch(w -> FIRST_PERSON.contains(w.norm()));
  }

  private static String speakerSuffix(Quotation q) {
    return q.speaker().isEmpty() ? "" : " (" + q.speakerName() + ")";
  }

  /**
   * Returns the words outside every quotation.
   *
   * @param words words of one passage
   * @param quotes that passage's quotations
   * @return the words no quotation contains, in order
   */
  static List<WordToken> outsideQuotes(List<WordToken> words, List<Quotation> quotes) {
    return words.stream().filter(w -> quotes.stream().noneMatch(q -> q.span().contains(new Span(w.start(), w.end())))).toList();
  }

  /** The outside words whose stems are among the quote's content stems, first occurrence of each stem. */
  private static List<WordToken> covering(List<String> stems, List<WordToken> outside) {
    Set<String> wanted = new HashSet<>(stems);
    List<WordToken> hits = new ArrayList<>();
    for (WordToken w : outside) {
      if (wanted.remove(FunctionWords.stem(w.norm()))) {
        hits.add(w);
      }
    }
    return hits;
  }

  private static Change change(PassagePair pair, Span source, Span derived, Severity severity, String explanation) {
    String st = NumberChanges.original(pair.source(), source);
    String dt = NumberChanges.original(pair.derived(), derived);
    return new Change(ChangeKind.QUOTE, severity, source, derived, st, dt, st, dt, explanation);
  }
}
