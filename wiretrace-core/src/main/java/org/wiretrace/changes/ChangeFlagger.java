package org.wiretrace.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.wiretrace.text.QuoteFolding;
import org.wiretrace.text.ReadingView;

/**
 * Flags meaning changes between an aligned source passage and derived passage: numbers, dates,
 * quotations, entities, polarity, attribution and tortured phrases.
 *
 * <p>Method. Both passages are tokenized with absolute offsets ({@link PassageTokenizer}) and
 * word-diffed ({@link WordDiff}, LCS). Readers normalise the facts on each side once: dates first
 * ({@link DateReader}), then quantities on the words no date claimed ({@link NumberReader}), then
 * quotations with speakers ({@link QuoteExtractor}). Each {@link ChangeDetector} then pairs facts
 * across the two sides and reports only pairs that state the same thing with a different value.
 *
 * <p>Trade-off: precision before recall. A fact present on one side only is not flagged (rewrites
 * trim detail and alignments are sometimes partial); facts are flagged only when a counterpart is
 * found (same unit, same counted noun, same diff hunk, same speaker). Passages whose text is equal
 * after folding quote marks, dashes, whitespace and case are never flagged. The design follows
 * fact-level change detection as in VitaminC (Schuster et al., NAACL 2021) and the ETPC
 * paraphrase typology (Kovatchev et al., LREC 2018), with rule-based readers instead of a model so
 * that every flag can say in plain words what changed. Thread-safe and stateless.
 */
public final class ChangeFlagger {

  private final List<ChangeDetector> detectors = List.of(
      new NumberChanges(), new DateChanges(), new QuoteChanges(), new EntityChanges(), new NegationChanges(), new AttributionChanges(),
      new TorturedPhraseChanges());

  /** Runs last: it reports only edits that no typed detector explained. */
  private final ChangeDetector details = new EditedDetailChanges();

  /** Creates a flagger with every detector enabled. */
  public ChangeFlagger() {}

  /**
   * Returns the meaning changes from source to derived, in derived-text order.
   *
   * @param source the source passage
   * @param derived the derived passage
   * @return the changes, empty when the facts are the same
   */
  public List<Change> flag(Passage source, Passage derived) {
    if (fold(source.text()).equals(fold(derived.text()))) {
      return List.of();
    }
    PassagePair pair = PassagePair.of(source, derived);
    PairFacts facts = PairFacts.read(pair);
    List<Change> changes = new ArrayList<>();
    for (ChangeDetector detector : detectors) {
      changes.addAll(detector.detect(pair, facts));
    }
    for (Change detail : details.detect(pair, facts)) {
      if (changes.stream().noneMatch(c -> overlaps(c, detail))) {
        changes.add(detail);
      }
    }
    changes.replaceAll(c -> BracketBalance.balance(c, source, derived));
    changes.sort(Comparator.comparing(Change::derivedSpan).thenComparing(Change::kind).thenComparing(Change::sourceSpan));
    return List.copyOf(changes);
  }

  /**
   * Returns the tortured phrases of a derived sentence that no alignment paired with a source
   * passage: a spinner that swaps every word of a known collocation ("dear friend" to "expensive
   * companion") often rewrites the sentence around it too far for the aligner, so the sentence is
   * checked against the source article's whole text, as {@link TorturedPhraseChanges} does for
   * aligned passages. No other kind is flagged here: without a counterpart passage there is no
   * counterpart fact.
   *
   * @param sourceArticle any passage of the source article (only its whole text is read)
   * @param derived the unpaired derived sentence
   * @return the tortured phrases, empty when none
   */
  public List<Change> flagUnpaired(Passage sourceArticle, Passage derived) {
    Passage none = new Passage(sourceArticle.articleText(), new org.wiretrace.model.Span(0, 0), sourceArticle.published());
    return TorturedPhraseChanges.againstArticle(PassagePair.of(none, derived));
  }

  private static boolean overlaps(Change a, Change b) {
    return a.sourceSpan().overlaps(b.sourceSpan()) || a.derivedSpan().overlaps(b.derivedSpan())
        || a.sourceSpan().contains(b.sourceSpan()) || a.derivedSpan().contains(b.derivedSpan());
  }

  /** Folds typography that never changes meaning: quote marks (TeX and ASCII too), dashes, spacing and case. */
  static String fold(String text) {
    String t = ReadingView.withoutFillers(QuoteFolding.fold(text));
    t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
    t = SINGLE_QUOTES.matcher(t).replaceAll("'");
    t = DASHES.matcher(t).replaceAll("-");
    return SPACES.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„«»\"]");
  private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚`]");
  private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
}
