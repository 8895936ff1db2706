package org.wiretrace.detect;

import java.util.List;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.align.AlignmentType;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.align.SentenceSimilarity;

/**
 * How much an aligned passage pair says about text reuse, from its wording alone.
 *
 * <p>Independent reports of one event share names, numbers and even quotes, and a sentence
 * embedder (MiniLM) scores their sentences as close paraphrases; a copy shares phrasing. The
 * evidence is therefore read from the words, not from the vectors:
 * <ul>
 *   <li><b>CLEAR</b> — the pair shares phrasing: its word-bigram Dice (function words included, so
 *       sentence structure counts, as in the SpotSigs signatures of Theobald, Siddharth and Paepcke,
 *       SIGIR 2008) reaches {@value #CLEAR_BIGRAMS}, or its content-stem Dice reaches
 *       {@value #CLEAR_LEXICAL} (a spun copy keeps most content words even when synonym swaps break
 *       its bigrams), or it is VERBATIM.
 *   <li><b>AMBIGUOUS</b> — some shared wording (content-stem Dice at least {@value #SOME_LEXICAL} or
 *       bigram Dice at least {@value #SOME_BIGRAMS}): counts only inside an ordered run of CLEAR pairs
 *       ({@link #inRun}), unless the semantic similarity denies it (below {@value #SEMANTIC_FLOOR}).
 *       Only here may the embedder lower a pair; a high cosine never makes a pair count on its own,
 *       because same-event sentences of independent reports score as high as paraphrases (0.7 to
 *       0.86 with MiniLM on the seeds). A heavily spun sentence in the middle of a copied run counts;
 *       a same-event sentence of an independent report, outside any run, does not.
 *   <li><b>NONE</b> — too little shared wording, whatever the embedder says; always when a
 *       non-verbatim pair shares fewer than {@value #MIN_SHARED_WORDS} content words (two short
 *       sentences sharing "the" and one noun have a high Dice and say nothing).
 * </ul>
 * The thresholds were read off the seed articles' independent report (same-event pairs: stem Dice
 * up to 0.49, bigram Dice up to 0.15 outside quotes) against their spun and syndicated copies
 * and the invented spun fixture (bigram Dice mostly 0.25 and above, stem Dice mostly 0.45 and above
 * when spun lightly), not fitted to one corpus.
 */
enum PairEvidence {
  CLEAR,
  AMBIGUOUS,
  NONE;

  /** Word-bigram Dice at which a pair clearly shares phrasing. */
  static final double CLEAR_BIGRAMS = 0.25;
  /** Content-stem Dice at which a pair clearly shares wording. */
  static final double CLEAR_LEXICAL = 0.55;
  /** Least content-stem Dice of an ambiguous pair. */
  static final double SOME_LEXICAL = 0.3;
  /** Least word-bigram Dice of an ambiguous pair. */
  static final double SOME_BIGRAMS = 0.15;
  /** Vector cosine below which an ambiguous pair does not count even inside a run. */
  static final double SEMANTIC_FLOOR = 0.2;
  /**
   * Content-stem Dice from which a pair is a near copy: at most about one content word in ten
   * replaced. Two sentences written from the same stock phrasing about different events differ in
   * their fillers (the names, places, numbers and nouns of each event: two or three of every ten
   * content words), so they stay below it however similar their frame.
   */
  static final double NEAR_COPY_LEXICAL = 0.85;
  /**
   * Least share of a copied derived passage's word bigrams found in its source passage: four in
   * five word pairs are the source's (each cut adds one new pair; a sentence of twenty words may
   * leave out three or four pieces), so its words also stand in the source's order.
   */
  static final double COPIED_BIGRAMS = 0.8;
  /** Least number of content words a non-verbatim pair must share to say anything about reuse. */
  static final int MIN_SHARED_WORDS = 3;
  /** Largest sentence distance, on both sides, from an ambiguous pair to a CLEAR pair of its run. */
  static final int RUN_REACH = 2;

  /**
   * Reads the evidence of one pair from its merged passage profiles.
   *
   * @param pair the aligned pair
   * @param source the source passage
   * @param derived the derived passage
   * @return the evidence
   */
  static PairEvidence of(AlignedPair pair, SentenceProfile source, SentenceProfile derived) {
    if (pair.type() == AlignmentType.VERBATIM) {
      return CLEAR;
    }
    if (SentenceProfile.overlap(source.contentStems(), derived.contentStems()) < MIN_SHARED_WORDS) {
      return NONE;
    }
    double bigrams = SentenceSimilarity.dice(source.bigrams(), derived.bigrams());
    double lexical = SentenceSimilarity.dice(source.contentStems(), derived.contentStems());
    if (bigrams >= CLEAR_BIGRAMS || lexical >= CLEAR_LEXICAL) {
      return CLEAR;
    }
    return bigrams >= SOME_BIGRAMS || lexical >= SOME_LEXICAL ? AMBIGUOUS : NONE;
  }

  /**
   * True when a pair copies a sentence nearly word for word: VERBATIM, or a content-stem Dice of at
   * least {@value #NEAR_COPY_LEXICAL}.
   *
   * @param pair the aligned pair
   * @param source the source passage
   * @param derived the derived passage
   * @return whether it is a near copy
   */
  static boolean nearCopy(AlignedPair pair, SentenceProfile source, SentenceProfile derived) {
    return pair.type() == AlignmentType.VERBATIM
        || SentenceSimilarity.dice(source.contentStems(), derived.contentStems()) >= NEAR_COPY_LEXICAL;
  }

  /**
   * True when the derived passage of a pair is made of the source passage's words in the source's
   * order: VERBATIM, or every content word of the derived is found in the source passage and at
   * least {@value #COPIED_BIGRAMS} of its distinct word bigrams (function words included) are too.
   * Cutting and pasting may leave words or clauses out, which adds no new word and one new bigram
   * per cut; a light revision replaces words (synonyms), which adds new words however few.
   *
   * @param pair the aligned pair
   * @param source the source passage
   * @param derived the derived passage
   * @return whether the derived passage is cut from the source one
   */
  static boolean copied(AlignedPair pair, SentenceProfile source, SentenceProfile derived) {
    if (pair.type() == AlignmentType.VERBATIM) {
      return true;
    }
    long[] words = derived.contentStems();
    long[] bigrams = derived.bigrams();
    return words.length > 0 && SentenceProfile.overlap(words, source.contentStems()) == words.length
        && SentenceProfile.overlap(bigrams, source.bigrams()) >= COPIED_BIGRAMS * bigrams.length;
  }

  /**
   * True when an ambiguous pair sits next to a CLEAR pair in the same order on both sides, within
   * {@value #RUN_REACH} sentences: it continues a copied run.
   *
   * @param pair the ambiguous pair
   * @param clear the CLEAR pairs of the alignment
   * @return whether it continues a run
   */
  static boolean inRun(AlignedPair pair, List<AlignedPair> clear) {
    for (AlignedPair c : clear) {
      int ds = distance(pair.sourceSentences(), c.sourceSentences());
      int dd = distance(pair.derivedSentences(), c.derivedSentences());
      if (ds != 0 && dd != 0 && Integer.signum(ds) == Integer.signum(dd)
          && Math.abs(ds) <= RUN_REACH && Math.abs(dd) <= RUN_REACH) {
        return true;
      }
    }
    return false;
  }

  /** Signed gap in sentences from passage a to passage b (positive when b follows a), 0 if they touch. */
  private static int distance(List<Integer> a, List<Integer> b) {
    if (b.getFirst() > a.getLast()) {
      return b.getFirst() - a.getLast();
    }
    if (a.getFirst() > b.getLast()) {
      return b.getLast() - a.getFirst();
    }
    return 0;
  }

  /**
   * True when an ambiguous pair counts: it continues a run and the semantic similarity does not deny it.
   *
   * @param pair the pair
   * @param clear the CLEAR pairs of the alignment
   * @return whether it counts as reuse
   */
  static boolean supported(AlignedPair pair, List<AlignedPair> clear) {
    return pair.semantic() >= SEMANTIC_FLOOR && inRun(pair, clear);
  }
}
