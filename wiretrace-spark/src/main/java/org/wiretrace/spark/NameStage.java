package org.wiretrace.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.wiretrace.detect.NameCounts;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.text.ArticleFactory;

/**
 * Counts how many articles of the whole run mention each name ({@link ReuseDetector#names}, a cheap
 * tokenising pass), so that story grouping, which runs per connected group of related articles,
 * weighs names by their rarity in the run exactly as the embedded {@code analyze} does. The counts
 * (one entry per distinct name) are collected on the driver and shipped with the story stage.
 */
final class NameStage {

  private NameStage() {}

  static NameCounts counts(Dataset<Row> articles, Map<String, String> settings) {
    Dataset<Long> names = articles.mapPartitions(new Names(settings), Encoders.LONG());
    Map<Long, Long> counts = new HashMap<>();
    for (Row r : names.groupBy("value").count().collectAsList()) {
      counts.put(r.getLong(0), r.getLong(1));
    }
    return NameCounts.of(counts);
  }

  /** The partition function: each article's distinct names. */
  static final class Names implements MapPartitionsFunction<Row, Long> {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> settings;

    Names(Map<String, String> settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Long> call(Iterator<Row> rows) {
      ReuseDetector detector = Detectors.get(settings);
      ArticleFactory factory = new ArticleFactory();
      List<Long> out = new ArrayList<>();
      while (rows.hasNext()) {
        for (long n : detector.names(ArticleRows.toArticle(rows.next(), factory))) {
          out.add(n);
        }
      }
      return out.iterator();
    }
  }
}
