package org.wiretrace.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ChromeKind;

/**
 * Counts over the stored articles, gathered from doc values in one pass without decoding any
 * article: per outlet, published range, sentences and stripped chrome by kind.
 *
 * @param articles live articles
 * @param outlets articles per outlet name, sorted by name
 * @param withoutOutlet articles with no outlet
 * @param earliestPublished earliest published instant, or null when none is known
 * @param latestPublished latest published instant, or null when none is known
 * @param withoutPublished articles with no published time
 * @param sentences sentences over all articles
 * @param strippedChrome stripped chrome lines by kind, in enum order, kinds with none left out
 */
record ArticleCounts(int articles, SortedMap<String, Integer> outlets, int withoutOutlet,
    @Nullable Instant earliestPublished, @Nullable Instant latestPublished, int withoutPublished,
    long sentences, Map<ChromeKind, Integer> strippedChrome) {

  /** Accumulates counts leaf by leaf. */
  private static final class Tally {
    final SortedMap<String, Integer> outlets = new TreeMap<>();
    final EnumMap<ChromeKind, Integer> chrome = new EnumMap<>(ChromeKind.class);
    int articles;
    int withoutOutlet;
    int withoutPublished;
    long sentences;
    long minPublished = Long.MAX_VALUE;
    long maxPublished = Long.MIN_VALUE;
  }

  /**
   * Counts the live articles of a reader.
   *
   * @param reader the article index reader
   * @return the counts
   * @throws IOException when doc values cannot be read
   */
  static ArticleCounts of(IndexReader reader) throws IOException {
    Tally tally = new Tally();
    for (LeafReaderContext leaf : reader.leaves()) {
      countLeaf(leaf.reader(), tally);
    }
    boolean anyPublished = tally.minPublished <= tally.maxPublished;
    return new ArticleCounts(tally.articles, Collections.unmodifiableSortedMap(tally.outlets),
        tally.withoutOutlet, anyPublished ? Instant.ofEpochMilli(tally.minPublished) : null,
        anyPublished ? Instant.ofEpochMilli(tally.maxPublished) : null, tally.withoutPublished,
        tally.sentences, Collections.unmodifiableMap(new EnumMap<>(tally.chrome)));
  }

  /** One pass over a segment's live documents; doc values iterators only move forward. */
  private static void countLeaf(LeafReader leaf, Tally tally) throws IOException {
    Bits live = leaf.getLiveDocs();
    SortedDocValues outlet = DocValues.getSorted(leaf, StoreSchema.OUTLET);
    NumericDocValues published = DocValues.getNumeric(leaf, StoreSchema.PUBLISHED);
    NumericDocValues sentences = DocValues.getNumeric(leaf, StoreSchema.SENTENCE_COUNT);
    SortedNumericDocValues chrome = DocValues.getSortedNumeric(leaf, StoreSchema.CHROME);
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      tally.articles++;
      countOutlet(outlet, doc, tally);
      countPublished(published, doc, tally);
      tally.sentences += sentences.advanceExact(doc) ? sentences.longValue() : 0;
      countChrome(chrome, doc, tally);
    }
  }

  private static void countOutlet(SortedDocValues outlet, int doc, Tally tally) throws IOException {
    if (outlet.advanceExact(doc)) {
      tally.outlets.merge(outlet.lookupOrd(outlet.ordValue()).utf8ToString(), 1, Integer::sum);
    } else {
      tally.withoutOutlet++;
    }
  }

  private static void countPublished(NumericDocValues published, int doc, Tally tally)
      throws IOException {
    if (published.advanceExact(doc)) {
      tally.minPublished = Math.min(tally.minPublished, published.longValue());
      tally.maxPublished = Math.max(tally.maxPublished, published.longValue());
    } else {
      tally.withoutPublished++;
    }
  }

  private static void countChrome(SortedNumericDocValues chrome, int doc, Tally tally)
      throws IOException {
    if (chrome.advanceExact(doc)) {
      for (int i = 0; i < chrome.docValueCount(); i++) {
        tally.chrome.merge(ChromeKind.values()[(int) chrome.nextValue()], 1, Integer::sum);
      }
    }
  }
}
