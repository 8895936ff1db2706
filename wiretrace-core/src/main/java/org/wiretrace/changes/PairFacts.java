package org.wiretrace.changes;

import java.util.List;
import org.wiretrace.model.Span;

/**
 * What the readers found on both sides of a pair: dates, quantities and quotations. Read once per
 * pair, before the detectors run, so a year is never also read as a quantity.
 *
 * @param sourceDates dates in the source
 * @param derivedDates dates in the derived
 * @param sourceNumbers quantities in the source
 * @param derivedNumbers quantities in the derived
 * @param sourceQuotes quotations in the source
 * @param derivedQuotes quotations in the derived
 */
record PairFacts(
    List<DateExpression> sourceDates,
    List<DateExpression> derivedDates,
    List<NumberExpression> sourceNumbers,
    List<NumberExpression> derivedNumbers,
    List<Quotation> sourceQuotes,
    List<Quotation> derivedQuotes) {

  /** Reads all facts of a pair. */
  static PairFacts read(PassagePair pair) {
    List<DateExpression> sd = DateReader.read(pair.sourceWords());
    List<DateExpression> dd = DateReader.read(pair.derivedWords());
    List<NumberExpression> sn = NumberReader.read(pair.sourceWords(), spans(sd));
    List<NumberExpression> dn = NumberReader.read(pair.derivedWords(), spans(dd));
    List<Quotation> sq = QuoteExtractor.extract(pair.sourceTokens());
    List<Quotation> dq = QuoteExtractor.extract(pair.derivedTokens());
    return new PairFacts(sd, dd, sn, dn, sq, dq);
  }

  private static List<Span> spans(List<DateExpression> dates) {
    return dates.stream().map(DateExpression::span).toList();
  }
}
