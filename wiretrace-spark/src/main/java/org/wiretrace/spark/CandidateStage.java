package org.wiretrace.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.candidate.InMemoryCandidateIndex;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.model.ArticleId;

/**
 * Finds candidate pairs exactly as the embedded detector does, without comparing all pairs.
 *
 * <ol>
 *   <li>Band join: the core fingerprint terms (LSH band keys, anchor and spot terms) and the vector
 *       tier's bucket keys are exploded and self-joined, giving for each query article every article
 *       it can reach — the only articles its candidate search can return.
 *   <li>Search: each partition loads the fingerprints of the articles its queries reach into a core
 *       {@link InMemoryCandidateIndex} (in id order, as the embedded index holds them) and runs the
 *       core search per query, with the configured term limit and neighbours per sentence. The
 *       ranking, limits and tie-breaks are the core's, not re-implemented here.
 * </ol>
 *
 * <p>Skew guard: a term or bucket key held by more than {@code maxTermArticles} articles is dropped
 * (boilerplate lines make giant band buckets: a self-join on them is quadratic). Dropped terms are
 * also removed from the fingerprints loaded into the partition indexes. See docs/SPARK.md for what
 * that means for equality with the embedded run.
 */
final class CandidateStage {

  /** One candidate pair, lower id first, with the strongest evidence either search saw. */
  static final StructType SCHEMA = new StructType()
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false)
      .add("shared_terms", DataTypes.IntegerType, false)
      .add("vector_matches", DataTypes.IntegerType, false)
      .add("best_vector_score", DataTypes.FloatType, false);

  /**
   * The stage's outputs.
   *
   * @param candidates candidate pairs ({@link #SCHEMA})
   * @param droppedTerms how many terms the skew guard dropped
   * @param droppedKeys how many vector bucket keys the skew guard dropped
   */
  record Result(Dataset<Row> candidates, long droppedTerms, long droppedKeys) {}

  private CandidateStage() {}

  static Result candidates(SparkSession spark, Dataset<Row> fingerprints, JobConfig config) {
    Dataset<Row> terms = fingerprints.select(col("id"), explode(col("terms")).as("term"));
    Dataset<Row> keys = fingerprints.select(col("id"), explode(col("keys")).as("term"));
    Dataset<Row> commonTerms = common(terms, config.maxTermArticles());
    Dataset<Row> commonKeys = common(keys, config.maxTermArticles());
    List<String> dropped = commonTerms.as(Encoders.STRING()).collectAsList();
    Dataset<Row> reach = reach(withoutCommon(terms, commonTerms)).union(reach(withoutCommon(keys, commonKeys)))
        .distinct();
    Dataset<Row> groups = reach
        .join(fingerprints.withColumnRenamed("id", "d"), "d")
        .groupBy("q")
        .agg(collect_list(struct(col("d").as("id"), col("terms"), col("vectors"), col("stamp"))).as("docs"));
    Broadcast<HashSet<String>> droppedSet = org.apache.spark.api.java.JavaSparkContext
        .fromSparkContext(spark.sparkContext()).broadcast(new HashSet<>(dropped));
    Dataset<Row> hits = groups.mapPartitions(new Search(config.detector(), droppedSet), Encoders.row(SCHEMA));
    Dataset<Row> candidates = hits.groupBy("a", "b").agg(max("shared_terms").as("shared_terms"),
        max("vector_matches").as("vector_matches"), max("best_vector_score").as("best_vector_score"));
    return new Result(candidates, dropped.size(), commonKeys.count());
  }

  private static Dataset<Row> common(Dataset<Row> postings, int maxArticles) {
    Dataset<Row> counts = postings.groupBy("term").count();
    return (maxArticles > 0 ? counts.filter(col("count").gt(maxArticles)) : counts.limit(0)).select("term");
  }

  private static Dataset<Row> withoutCommon(Dataset<Row> postings, Dataset<Row> common) {
    Dataset<Row> drop = common.withColumnRenamed("term", "common_term");
    return postings.join(drop, postings.col("term").equalTo(drop.col("common_term")), "left_anti");
  }

  private static Dataset<Row> reach(Dataset<Row> postings) {
    Dataset<Row> other = postings.withColumnRenamed("id", "d");
    return postings.withColumnRenamed("id", "q").join(other, "term").select("q", "d");
  }

  /** Runs the core candidate search for every query of a partition over one shared index. */
  static final class Search implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> settings;
    private final Broadcast<HashSet<String>> dropped;

    Search(Map<String, String> settings, Broadcast<HashSet<String>> dropped) {
      this.settings = settings;
      this.dropped = dropped;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> groups) {
      ReuseDetector detector = Detectors.get(settings);
      Set<String> drop = dropped.value();
      TreeMap<String, Fingerprints> docs = new TreeMap<>();
      List<String> queries = new ArrayList<>();
      while (groups.hasNext()) {
        Row g = groups.next();
        queries.add(g.getAs("q"));
        for (Object d : Seqs.list(g.getAs("docs"))) {
          Row doc = (Row) d;
          docs.computeIfAbsent(doc.getAs("id"), id -> FingerprintStage.toFingerprints(doc, drop));
        }
      }
      InMemoryCandidateIndex index = new InMemoryCandidateIndex(detector.config().seed());
      docs.forEach((id, fp) -> index.put(ArticleId.of(id), fp));
      List<Row> out = new ArrayList<>();
      for (String q : queries) {
        for (CandidateIndex.Hit h : index.search(docs.get(q), detector.config().termLimit(),
            detector.config().neighboursPerSentence())) {
          String other = h.id().value();
          if (!other.equals(q)) {
            boolean first = q.compareTo(other) < 0;
            out.add(RowFactory.create(first ? q : other, first ? other : q, h.sharedTerms(), h.vectorMatches(),
                h.bestVectorScore()));
          }
        }
      }
      return out.iterator();
    }
  }
}
