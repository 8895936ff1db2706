package org.wiretrace.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One fitted coefficient set of the sentence-pair judgement: a logistic regression over
 * standardised {@link SentencePairFeatures} and the probability threshold at which a pair counts
 * as the same statement. Fitted offline on MSRP training pairs (by {@code wiretrace eval pairs
 * --fit-engine}) and shipped as a resource; nothing is trained at run time.
 *
 * @param embedder the embedder model name the cosine feature was computed with ({@value
 *     #WORDING} for the set that ignores the cosine)
 * @param featureNames feature names in weight order
 * @param means training means of the raw features
 * @param scales training standard deviations of the raw features
 * @param weights weights of the standardised features
 * @param bias the intercept
 * @param threshold a pair is a paraphrase when its probability is at least this
 * @param provenance how the set was fitted (file, split, seed, pairs)
 */
public record ParaphraseModel(String embedder, List<String> featureNames, double[] means,
    double[] scales, double[] weights, double bias, double threshold, String provenance) {

  /** Key of the coefficient set fitted without the cosine, used for embedders that have none. */
  public static final String WORDING = "wording";

  /** Validates that every per-feature array matches the names. */
  public ParaphraseModel {
    featureNames = List.copyOf(featureNames);
    int n = featureNames.size();
    if (means.length != n || scales.length != n || weights.length != n) {
      throw new IllegalArgumentException("paraphrase model '" + embedder + "' has " + n
          + " feature names but " + means.length + " means, " + scales.length + " scales and "
          + weights.length + " weights; regenerate it with wiretrace eval pairs --fit-engine");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("paraphrase model '" + embedder + "' threshold " + threshold
          + " must lie in (0, 1); regenerate it with wiretrace eval pairs --fit-engine");
    }
  }

  /**
   * Returns the probability that a raw feature row is a paraphrase.
   *
   * @param row raw features in {@link #featureNames()} order
   * @return p in (0, 1)
   */
  public double probability(double[] row) {
    double logit = bias;
    for (int j = 0; j < weights.length; j++) {
      logit += weights[j] * (row[j] - means[j]) / scales[j];
    }
    return 1 / (1 + Math.exp(-logit));
  }

  /**
   * Writes the set in the resource format read by {@link #parse(List)}.
   *
   * @return the lines
   */
  public List<String> format() {
    List<String> lines = new ArrayList<>();
    lines.add("model " + embedder);
    lines.add("provenance " + provenance);
    lines.add(String.format(Locale.ROOT, "threshold %.6f", threshold));
    lines.add(String.format(Locale.ROOT, "bias %.9g", bias));
    for (int j = 0; j < featureNames.size(); j++) {
      lines.add(String.format(Locale.ROOT, "feature %s %.9g %.9g %.9g", featureNames.get(j), means[j],
          scales[j], weights[j]));
    }
    lines.add("end");
    return lines;
  }

  /**
   * Parses the coefficient sets of a resource: blocks of {@code model}, {@code provenance},
   * {@code threshold}, {@code bias}, {@code feature NAME MEAN SCALE WEIGHT} lines and {@code end};
   * {@code #} starts a comment line.
   *
   * @param lines the resource's lines
   * @return the sets in file order
   * @throws IllegalArgumentException naming the line that cannot be read
   */
  public static List<ParaphraseModel> parse(List<String> lines) {
    List<ParaphraseModel> models = new ArrayList<>();
    Block block = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(" ", 2);
      try {
        if (f[0].equals("model")) {
          block = new Block(f[1]);
        } else if (block == null) {
          throw new IllegalArgumentException("'" + f[0] + "' before any 'model' line");
        } else if (f[0].equals("end")) {
          models.add(block.build());
          block = null;
        } else {
          block.read(f[0], f.length > 1 ? f[1] : "");
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("paraphrase model resource line " + (i + 1) + " '" + line
            + "': " + e.getMessage() + "; regenerate it with wiretrace eval pairs --fit-engine", e);
      }
    }
    return models;
  }

  /** One coefficient set being read. */
  private static final class Block {
    final String embedder;
    final List<String> names = new ArrayList<>();
    final List<double[]> rows = new ArrayList<>();
    String provenance = "";
    double threshold = Double.NaN;
    double bias;

    Block(String embedder) {
      this.embedder = embedder;
    }

    void read(String key, String value) {
      switch (key) {
        case "provenance" -> provenance = value;
        case "threshold" -> threshold = Double.parseDouble(value);
        case "bias" -> bias = Double.parseDouble(value);
        case "feature" -> {
          String[] f = value.split(" ");
          if (f.length != 4) {
            throw new IllegalArgumentException("a feature line needs NAME MEAN SCALE WEIGHT");
          }
          names.add(f[0]);
          rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        default -> throw new IllegalArgumentException("unknown key '" + key + "'");
      }
    }

    ParaphraseModel build() {
      double[][] columns = new double[3][rows.size()];
      for (int j = 0; j < rows.size(); j++) {
        for (int c = 0; c < 3; c++) {
          columns[c][j] = rows.get(j)[c];
        }
      }
      return new ParaphraseModel(embedder, names, columns[0], columns[1], columns[2], bias, threshold, provenance);
    }
  }
}
