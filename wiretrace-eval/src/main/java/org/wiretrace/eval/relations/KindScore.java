package org.wiretrace.eval.relations;

/**
 * Precision, recall and F1 of one relation kind.
 *
 * @param kind the kind, e.g. {@code SPUN}
 * @param labelled pairs labelled with this kind
 * @param predicted pairs predicted with this kind that are scored (see {@link KindScoring})
 * @param correct pairs both labelled and predicted with this kind
 */
public record KindScore(String kind, int labelled, int predicted, int correct) {

  /**
   * Returns the share of scored predictions of this kind that are labelled with it.
   *
   * @return precision, 0 when nothing was predicted
   */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /**
   * Returns the share of labelled pairs of this kind predicted with it.
   *
   * @return recall, 0 when nothing is labelled
   */
  public double recall() {
    return labelled == 0 ? 0 : (double) correct / labelled;
  }

  /**
   * Returns the harmonic mean of precision and recall.
   *
   * @return F1, 0 when both are 0
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
