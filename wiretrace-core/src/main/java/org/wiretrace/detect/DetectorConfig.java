package org.wiretrace.detect;

import java.util.Map;
import java.util.TreeMap;
import org.wiretrace.align.AlignmentParams;
import org.wiretrace.sketch.LshParams;
import org.wiretrace.sketch.SketchParams;

/**
 * Validated, immutable settings of a {@link ReuseDetector}: seeds, sketch parameters, alignment and
 * relation thresholds, candidate limits. Build one with {@link #builder()}; every setting has a
 * documented default, and {@link #settings()} lists them all for reports.
 *
 * @param seed seed of every hash family (default 42)
 * @param sketch shingle size, signature length and LSH banding (default k 5, 128 values, banding
 *     chosen for threshold 0.3 with FP/FN weights 0.3/0.7)
 * @param lshThreshold the Jaccard threshold the banding was chosen for (default 0.3)
 * @param alignment sentence similarity and alignment thresholds ({@link AlignmentParams#defaults()})
 * @param quoteDiscount aligned pairs whose shared words are at least this share inside quotation
 *     marks do not count as reuse: quoting the same speaker is not copying (default 0.5)
 * @param duplicateCoverage sentence coverage of both sides for DUPLICATE (default 0.98: a copy that
 *     adds or drops a sentence of a normal-length story is a syndication, not a duplicate)
 * @param duplicateVerbatim verbatim share for DUPLICATE (default 0.95)
 * @param rewriteCoverage coverage of either side from which two aligned pairs are reuse, and of the
 *     derived article for SYNDICATED, PARAPHRASED or SPUN rather than PARTIAL (default 0.5)
 * @param syndicatedWording share of the reused derived sentences copied as they stand (VERBATIM, or
 *     cut from the source's word sequences) for SYNDICATED rather than PARAPHRASED or SPUN (default
 *     0.5, the share at which {@link org.wiretrace.report.ReuseLevel} reads a copy)
 * @param spunSwapRate content words substituted in place per aligned word, over the rewritten
 *     pairs, at which a rewrite counts as SPUN (default 0.2: a spinner replaces word after word and
 *     keeps the skeleton; a paraphrase restructures and replaces fewer words in place)
 * @param partialPairs least number of counted aligned pairs for PARTIAL (default 3)
 * @param partialCoverage least coverage of the better-covered side for PARTIAL (default 0.15)
 * @param storySimilarity least story similarity (shared names and vector closeness) for SAME_STORY
 *     (default 0.3)
 * @param storyNames least Dice overlap of the two articles' names for SAME_STORY (default 0.15): two
 *     reports of one event name the same people and places
 * @param storyMaxDays largest gap in publication days within a story, when both are known (default 7)
 * @param verifyTerms shared index terms from which {@code analyze} aligns a candidate pair (default 3);
 *     pairs with less evidence are only checked for SAME_STORY
 * @param verifyVectors nearest-sentence matches from which {@code analyze} aligns a pair (default 2)
 * @param termLimit candidates taken from the term tiers of a {@code CandidateIndex} (default 50)
 * @param neighboursPerSentence nearest stored sentences looked up per query sentence (default 5)
 * @param flagChanges whether to run the change flagger on aligned passages (default true); turning it
 *     off speeds bulk runs several-fold and leaves every relation's {@code changes} empty
 */
public record DetectorConfig(
    long seed, SketchParams sketch, double lshThreshold, AlignmentParams alignment,
    double quoteDiscount, double duplicateCoverage, double duplicateVerbatim, double rewriteCoverage,
    double syndicatedWording, double spunSwapRate, int partialPairs, double partialCoverage,
    double storySimilarity, double storyNames, int storyMaxDays, int verifyTerms, int verifyVectors,
    int termLimit, int neighboursPerSentence, boolean flagChanges) {

  /** Validates the settings. */
  public DetectorConfig {
    share("quoteDiscount", quoteDiscount);
    share("duplicateCoverage", duplicateCoverage);
    share("duplicateVerbatim", duplicateVerbatim);
    share("rewriteCoverage", rewriteCoverage);
    share("syndicatedWording", syndicatedWording);
    share("spunSwapRate", spunSwapRate);
    share("partialCoverage", partialCoverage);
    share("storySimilarity", storySimilarity);
    share("storyNames", storyNames);
    positive("verifyTerms", verifyTerms);
    positive("verifyVectors", verifyVectors);
    positive("partialPairs", partialPairs);
    positive("storyMaxDays", storyMaxDays);
    positive("termLimit", termLimit);
    positive("neighboursPerSentence", neighboursPerSentence);
    if (partialCoverage > rewriteCoverage) {
      throw new IllegalArgumentException(
          "partialCoverage " + partialCoverage + " exceeds rewriteCoverage " + rewriteCoverage
              + "; PARTIAL must need less coverage than a full rewrite");
    }
  }

  /**
   * Returns the default configuration.
   *
   * @return the defaults
   */
  public static DetectorConfig defaults() {
    return builder().build();
  }

  /**
   * Returns a builder holding the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every setting as text, for reports and logs.
   *
   * @return settings by name, sorted
   */
  public Map<String, String> settings() {
    Map<String, String> out = new TreeMap<>();
    out.put("seed", Long.toString(seed));
    out.put("sketch", sketch.stamp());
    out.put("lshThreshold", Double.toString(lshThreshold));
    out.put("alignment", alignment.toString());
    out.put("quoteDiscount", Double.toString(quoteDiscount));
    out.put("duplicateCoverage", Double.toString(duplicateCoverage));
    out.put("duplicateVerbatim", Double.toString(duplicateVerbatim));
    out.put("rewriteCoverage", Double.toString(rewriteCoverage));
    out.put("syndicatedWording", Double.toString(syndicatedWording));
    out.put("spunSwapRate", Double.toString(spunSwapRate));
    out.put("partialPairs", Integer.toString(partialPairs));
    out.put("partialCoverage", Double.toString(partialCoverage));
    out.put("storySimilarity", Double.toString(storySimilarity));
    out.put("storyNames", Double.toString(storyNames));
    out.put("storyMaxDays", Integer.toString(storyMaxDays));
    out.put("verifyTerms", Integer.toString(verifyTerms));
    out.put("verifyVectors", Integer.toString(verifyVectors));
    out.put("termLimit", Integer.toString(termLimit));
    out.put("neighboursPerSentence", Integer.toString(neighboursPerSentence));
    out.put("flagChanges", Boolean.toString(flagChanges));
    return out;
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "DetectorConfig " + name + " = " + value + " must lie in [0, 1]; leave it unset for the default");
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          "DetectorConfig " + name + " = " + value + " must be at least 1; leave it unset for the default");
    }
  }

  /** Collects settings; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private long seed = 42;
    private int shingleSize = 5;
    private int numPerm = 128;
    private double lshThreshold = 0.3;
    private double fpWeight = 0.3;
    private double fnWeight = 0.7;
    private AlignmentParams alignment = AlignmentParams.defaults();
    private double quoteDiscount = 0.5;
    private double duplicateCoverage = 0.98;
    private double duplicateVerbatim = 0.95;
    private double rewriteCoverage = 0.5;
    private double syndicatedWording = 0.5;
    private double spunSwapRate = 0.2;
    private int partialPairs = 3;
    private double partialCoverage = 0.15;
    private double storySimilarity = 0.3;
    private double storyNames = 0.15;
    private int storyMaxDays = 7;
    private int verifyTerms = 3;
    private int verifyVectors = 2;
    private int termLimit = 50;
    private int neighboursPerSentence = 5;
    private boolean flagChanges = true;

    private Builder() {}

    /**
     * Sets the seed of every hash family.
     *
     * @param value the seed
     * @return this
     */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /**
     * Sets the shingle size and MinHash signature length.
     *
     * @param words words per shingle (default 5)
     * @param permutations signature length (default 128)
     * @return this
     */
    public Builder minHash(int words, int permutations) {
      shingleSize = words;
      numPerm = permutations;
      return this;
    }

    /**
     * Sets the LSH target threshold and the weights of false positives and false negatives.
     *
     * @param threshold target Jaccard (default 0.3)
     * @param falsePositiveWeight weight of false positives (default 0.3)
     * @param falseNegativeWeight weight of false negatives (default 0.7)
     * @return this
     */
    public Builder lsh(double threshold, double falsePositiveWeight, double falseNegativeWeight) {
      lshThreshold = threshold;
      fpWeight = falsePositiveWeight;
      fnWeight = falseNegativeWeight;
      return this;
    }

    /**
     * Sets the alignment thresholds.
     *
     * @param value the parameters
     * @return this
     */
    public Builder alignment(AlignmentParams value) {
      alignment = value;
      return this;
    }

    /**
     * Sets the quoted share at which an aligned pair is not counted as reuse.
     *
     * @param value share (default 0.5)
     * @return this
     */
    public Builder quoteDiscount(double value) {
      quoteDiscount = value;
      return this;
    }

    /**
     * Sets the DUPLICATE thresholds.
     *
     * @param coverage sentence coverage of both sides (default 0.9)
     * @param verbatim verbatim share (default 0.85)
     * @return this
     */
    public Builder duplicate(double coverage, double verbatim) {
      duplicateCoverage = coverage;
      duplicateVerbatim = verbatim;
      return this;
    }

    /**
     * Sets the rewrite thresholds.
     *
     * @param coverage coverage for a whole-article rewrite (default 0.5)
     * @param wording kept-wording share for SYNDICATED (default 0.5)
     * @param swapRate in-place substitution rate for SPUN (default 0.2)
     * @return this
     */
    public Builder rewrite(double coverage, double wording, double swapRate) {
      rewriteCoverage = coverage;
      syndicatedWording = wording;
      spunSwapRate = swapRate;
      return this;
    }

    /**
     * Sets the PARTIAL thresholds.
     *
     * @param pairs least aligned pairs (default 3)
     * @param coverage least coverage (default 0.15)
     * @return this
     */
    public Builder partial(int pairs, double coverage) {
      partialPairs = pairs;
      partialCoverage = coverage;
      return this;
    }

    /**
     * Sets the story thresholds.
     *
     * @param similarity least story similarity (default 0.3)
     * @param maxDays largest publication gap in days (default 7)
     * @return this
     */
    public Builder story(double similarity, int maxDays) {
      storySimilarity = similarity;
      storyMaxDays = maxDays;
      return this;
    }

    /**
     * Sets the least overlap of names for SAME_STORY.
     *
     * @param value Dice overlap (default 0.15)
     * @return this
     */
    public Builder storyNames(double value) {
      storyNames = value;
      return this;
    }

    /**
     * Sets how much index evidence makes {@code analyze} align a candidate pair.
     *
     * @param terms least shared terms (default 3)
     * @param vectors least nearest-sentence matches (default 2)
     * @return this
     */
    public Builder verification(int terms, int vectors) {
      verifyTerms = terms;
      verifyVectors = vectors;
      return this;
    }

    /**
     * Sets the candidate-search limits.
     *
     * @param terms candidates from the term tiers (default 50)
     * @param neighbours nearest sentences per query sentence (default 5)
     * @return this
     */
    public Builder candidates(int terms, int neighbours) {
      termLimit = terms;
      neighboursPerSentence = neighbours;
      return this;
    }

    /**
     * Sets whether aligned passages go through the change flagger.
     *
     * @param value true to flag changes (default), false for faster bulk runs without changes
     * @return this
     */
    public Builder flagChanges(boolean value) {
      flagChanges = value;
      return this;
    }

    /**
     * Validates and builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public DetectorConfig build() {
      if (!(lshThreshold > 0 && lshThreshold < 1)) {
        throw new IllegalArgumentException(
            "DetectorConfig lshThreshold = " + lshThreshold + " must lie strictly between 0 and 1; try 0.3");
      }
      LshParams lsh = LshParams.optimal(lshThreshold, numPerm, fpWeight, fnWeight);
      SketchParams sketch = new SketchParams(shingleSize, numPerm, seed, lsh);
      return new DetectorConfig(seed, sketch, lshThreshold, alignment, quoteDiscount,
          duplicateCoverage, duplicateVerbatim, rewriteCoverage, syndicatedWording, spunSwapRate,
          partialPairs, partialCoverage, storySimilarity, storyNames, storyMaxDays, verifyTerms,
          verifyVectors, termLimit, neighboursPerSentence, flagChanges);
    }
  }
}
