package org.wiretrace.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.candidate.InMemoryCandidateIndex;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.model.Article;
import org.wiretrace.text.ArticleFactory;

/**
 * Sketches every article in its partition with the core detector: fingerprint terms (MinHash LSH
 * band keys, anchor shingles, spot signatures — AND-OR banding is inside the core terms), sentence
 * vectors, and the vector tier's bucket keys. Nothing here decides similarity; it only calls core.
 */
final class FingerprintStage {

  /** One article's fingerprints. */
  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("vectors", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.FloatType, false), false), false)
      .add("keys", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("stamp", DataTypes.StringType, false);

  private FingerprintStage() {}

  static Dataset<Row> fingerprints(Dataset<Row> articles, Map<String, String> settings) {
    return articles.mapPartitions(new Sketch(settings), Encoders.row(SCHEMA));
  }

  /** Rebuilds a fingerprints value from a row of {@link #SCHEMA} (nested or top level), minus dropped terms. */
  static Fingerprints toFingerprints(Row row, java.util.Set<String> droppedTerms) {
    TreeSet<String> terms = new TreeSet<>();
    for (String t : Seqs.<String>list(row.getAs("terms"))) {
      if (!droppedTerms.contains(t)) {
        terms.add(t);
      }
    }
    List<float[]> vectors = new ArrayList<>();
    for (Object v : Seqs.list(row.getAs("vectors"))) {
      List<Float> values = Seqs.list(v);
      float[] f = new float[values.size()];
      for (int i = 0; i < f.length; i++) {
        f[i] = values.get(i);
      }
      vectors.add(f);
    }
    return new Fingerprints(terms, vectors, row.getAs("stamp"));
  }

  /** The partition function. */
  static final class Sketch implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> settings;

    Sketch(Map<String, String> settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ReuseDetector detector = Detectors.get(settings);
      ArticleFactory factory = new ArticleFactory();
      InMemoryCandidateIndex buckets = new InMemoryCandidateIndex(detector.config().seed());
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Article article = ArticleRows.toArticle(rows.next(), factory);
        out.add(row(article, detector.fingerprints(article), buckets));
      }
      return out.iterator();
    }

    private static Row row(Article article, Fingerprints fp, InMemoryCandidateIndex buckets) {
      TreeSet<Long> keys = new TreeSet<>();
      List<Object> vectors = new ArrayList<>();
      for (float[] v : fp.sentenceVectors()) {
        List<Float> boxed = new ArrayList<>(v.length);
        for (float x : v) {
          boxed.add(x);
        }
        vectors.add(Seqs.of(boxed));
        for (long k : buckets.bucketKeys(v)) {
          keys.add(k);
        }
      }
      return RowFactory.create(article.id().value(), Seqs.of(fp.terms()), Seqs.of(vectors), Seqs.of(keys),
          fp.paramsStamp());
    }
  }
}
