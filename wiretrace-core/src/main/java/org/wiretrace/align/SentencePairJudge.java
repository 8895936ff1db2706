package org.wiretrace.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one sentence-pair judgement of the engine: whether two sentences (or passages) say the same
 * thing, as a probability from a logistic regression over {@link SentencePairFeatures}. The
 * aligner accepts and types pairs with it, and {@code wiretrace eval pairs} scores exactly this
 * class on labelled pairs.
 *
 * <p>Method: feature-based paraphrase identification with logistic regression (Madnani, Tetreault
 * and Chodorow, NAACL 2012), coefficients fitted offline on the MSRP training file (Dolan and
 * Brockett 2005) and shipped in {@value #RESOURCE}. The embedding cosine is a feature, so each
 * embedder has its own coefficient set, keyed by its {@link SentenceEmbedder#modelName()}: an
 * exact key first, then the same model under another runtime version (the name up to {@code /ort-}),
 * then the {@value ParaphraseModel#WORDING} set, which gives the cosine no weight.
 *
 * <p>Two sentences that share no content word are judged not the same statement (probability 0)
 * without computing features: nearly all of the sentence pairs the aligner scores are such pairs,
 * and on MSRP (pairs chosen for overlap) none is a paraphrase the model would accept. Thread-safe.
 */
public final class SentencePairJudge {

  /** The classpath resource holding the coefficient sets. */
  public static final String RESOURCE = "paraphrase-models.txt";

  /**
   * One judged pair.
   *
   * @param probability the probability that the two say the same thing
   * @param paraphrase true when the probability reaches the model's threshold
   */
  public record Judgement(double probability, boolean paraphrase) {}

  private static final List<ParaphraseModel> SHIPPED = load();

  /** The judgement of a pair that shares no content word. */
  private static final Judgement NONE = new Judgement(0, false);

  private final ParaphraseModel model;

  /**
   * Creates a judge with one coefficient set.
   *
   * @param model the coefficients
   * @throws IllegalArgumentException when the model's features are not this version's
   */
  public SentencePairJudge(ParaphraseModel model) {
    if (!model.featureNames().equals(SentencePairFeatures.NAMES)) {
      throw new IllegalArgumentException("paraphrase model '" + model.embedder() + "' has features "
          + model.featureNames() + " but this version computes " + SentencePairFeatures.NAMES
          + "; regenerate it with wiretrace eval pairs --fit-engine");
    }
    this.model = model;
  }

  /**
   * Returns the judge for an embedder, with the shipped coefficient set fitted for it.
   *
   * @param embedderModel the embedder's {@link SentenceEmbedder#modelName()}
   * @return the judge
   */
  public static SentencePairJudge forEmbedder(String embedderModel) {
    return new SentencePairJudge(shipped(embedderModel));
  }

  /**
   * Returns the shipped coefficient set used for an embedder (see the class comment for the order).
   *
   * @param embedderModel the embedder's model name
   * @return the set
   */
  public static ParaphraseModel shipped(String embedderModel) {
    String family = family(embedderModel);
    ParaphraseModel wording = null;
    ParaphraseModel sameFamily = null;
    for (ParaphraseModel m : SHIPPED) {
      if (m.embedder().equals(embedderModel)) {
        return m;
      }
      sameFamily = sameFamily == null && family(m.embedder()).equals(family) ? m : sameFamily;
      wording = m.embedder().equals(ParaphraseModel.WORDING) ? m : wording;
    }
    if (sameFamily != null) {
      return sameFamily;
    }
    if (wording == null) {
      throw new IllegalStateException("the " + RESOURCE + " resource has no '" + ParaphraseModel.WORDING
          + "' set; regenerate it with wiretrace eval pairs --fit-engine");
    }
    return wording;
  }

  /**
   * Returns the coefficient set in use.
   *
   * @return the model
   */
  public ParaphraseModel model() {
    return model;
  }

  /**
   * Returns the probability threshold of a paraphrase.
   *
   * @return the threshold
   */
  public double threshold() {
    return model.threshold();
  }

  /**
   * Judges a pair.
   *
   * @param a one sentence or passage
   * @param b the other
   * @return the judgement
   */
  public Judgement judge(SentenceProfile a, SentenceProfile b) {
    int sharedContent = SentenceProfile.overlap(a.contentStems(), b.contentStems());
    if (sharedContent == 0) {
      return NONE;
    }
    double p = model.probability(SentencePairFeatures.of(a, b, sharedContent));
    return new Judgement(p, p >= model.threshold());
  }

  private static String family(String name) {
    int cut = name.indexOf("/ort-");
    return cut < 0 ? name : name.substring(0, cut);
  }

  private static List<ParaphraseModel> load() {
    try (InputStream in = SentencePairJudge.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the wiretrace-core jar;"
            + " rebuild it");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ParaphraseModel.parse(text.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }
}
