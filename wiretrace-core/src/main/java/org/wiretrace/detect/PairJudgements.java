package org.wiretrace.detect;

import org.jspecify.annotations.Nullable;
import org.wiretrace.report.Relation;

/**
 * Judgements of article pairs kept between runs, so that a pair is aligned, flagged and classified
 * once and every later {@code report}, {@code serve} or ingest reads the result instead of judging it
 * again. Keys come from {@link ReuseDetector}: they name the code build, the detector settings and
 * embedder, the judging mode and a digest of both articles' full content, so a remembered judgement is
 * only ever returned for exactly the input that produced it and the results are the same as judging
 * afresh. Implementations must be thread-safe: {@link ReuseDetector#analyze} judges pairs on all cores.
 *
 * <p>An implementation may keep an UNRELATED relation by its kind alone and recall it as
 * {@link Remembered#UNRELATED}: nothing shows an unrelated pair's detail (reports, traces and the web
 * app list relations above UNRELATED), and most judged candidate pairs are unrelated, so their full
 * alignment would fill most of the store. The detector judges such a pair again when a caller asks for
 * the detail ({@link ReuseDetector#verify}).
 */
public interface PairJudgements {

  /** Remembers nothing. */
  PairJudgements NONE = new PairJudgements() {
    @Override
    public @Nullable Remembered recall(String key) {
      return null;
    }

    @Override
    public void remember(String key, @Nullable Relation relation) {
      // nothing kept
    }
  };

  /**
   * A remembered judgement.
   *
   * @param relation the pair's relation (UNRELATED included), or null when the story-only check
   *     found none or when only the kind was kept
   * @param unrelatedOnly true when only the kind UNRELATED was kept, not the relation's detail
   */
  record Remembered(@Nullable Relation relation, boolean unrelatedOnly) {

    /** An UNRELATED judgement kept by its kind alone. */
    public static final Remembered UNRELATED = new Remembered(null, true);

    /**
     * A judgement kept in full.
     *
     * @param relation the pair's relation, or null when the story-only check found none
     */
    public Remembered(@Nullable Relation relation) {
      this(relation, false);
    }
  }

  /**
   * Returns the judgement remembered under a key.
   *
   * @param key the key
   * @return the judgement, or null when none is remembered
   */
  @Nullable Remembered recall(String key);

  /**
   * Remembers a judgement.
   *
   * @param key the key
   * @param relation the relation, or null for none
   */
  void remember(String key, @Nullable Relation relation);

  /**
   * Makes the judgements remembered so far durable and visible to later recalls; called by
   * {@link ReuseDetector} when an analysis or trace is complete. Does nothing by default.
   */
  default void flush() {}
}
