package org.wiretrace.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.text.ArticleFactory;

/**
 * Verifies candidate pairs with the core: each pair (lower id first, as the embedded detector
 * judges it) goes to {@link ReuseDetector#verify} with the evidence its candidate search saw, which
 * aligns, flags, orients and classifies it exactly as {@code analyze} does. Only
 * related pairs (anything but UNRELATED) go on. Pairs are sorted by their first article within a
 * partition, so the detector's analysis cache serves the repeated article.
 */
final class VerifyStage {

  /** A related pair: ids in id order and the relation kind. */
  static final StructType SCHEMA = new StructType()
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false)
      .add("shared_terms", DataTypes.IntegerType, false)
      .add("vector_matches", DataTypes.IntegerType, false)
      .add("kind", DataTypes.StringType, false);

  private VerifyStage() {}

  static Dataset<Row> related(Dataset<Row> candidates, Dataset<Row> articles, Map<String, String> settings) {
    Dataset<Row> left = articles.select(col("id").as("a"), struct(columns(articles)).as("left"));
    Dataset<Row> right = articles.select(col("id").as("b"), struct(columns(articles)).as("right"));
    return candidates.select("a", "b", "shared_terms", "vector_matches").join(left, "a").join(right, "b")
        .sortWithinPartitions("a", "b")
        .mapPartitions(new Judge(settings), Encoders.row(SCHEMA));
  }

  static Column[] columns(Dataset<Row> articles) {
    return java.util.Arrays.stream(articles.columns()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  /** The partition function: compare every pair with the core detector. */
  static final class Judge implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> settings;

    Judge(Map<String, String> settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> pairs) {
      ReuseDetector detector = Detectors.get(settings);
      ArticleFactory factory = new ArticleFactory();
      List<Row> out = new ArrayList<>();
      while (pairs.hasNext()) {
        Row p = pairs.next();
        int shared = p.getAs("shared_terms");
        int matches = p.getAs("vector_matches");
        Relation r = detector.verify(ArticleRows.toArticle(p.getStruct(p.fieldIndex("left")), factory),
            ArticleRows.toArticle(p.getStruct(p.fieldIndex("right")), factory), shared, matches);
        if (r != null && r.kind() != RelationKind.UNRELATED) {
          out.add(RowFactory.create(p.<String>getAs("a"), p.<String>getAs("b"), shared, matches, r.kind().name()));
        }
      }
      return out.iterator();
    }
  }
}
