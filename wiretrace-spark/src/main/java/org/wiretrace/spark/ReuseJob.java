package org.wiretrace.spark;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: reads articles from any Hadoop-compatible path and writes articles, rejects,
 * candidate pairs, relations (with alignments and change flags) and stories as Parquet and JSONL.
 *
 * <pre>
 * spark-submit --class org.wiretrace.spark.ReuseJob wiretrace-spark-VERSION.jar \
 *     [--partitions N] [--max-term-articles N] [--set key=value] OUTPUT INPUT...
 * </pre>
 *
 * <p>Every stage calls wiretrace-core inside {@code mapPartitions}; see docs/SPARK.md.
 */
public final class ReuseJob {

  private ReuseJob() {}

  /**
   * Runs the job under spark-submit (the master comes from spark-submit).
   *
   * @param args see {@link JobConfig#usage()}
   * @throws IOException when the inputs cannot be listed
   */
  public static void main(String[] args) throws IOException {
    JobConfig config;
    try {
      config = JobConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("wiretrace-reuse").getOrCreate();
    try {
      System.out.println(run(spark, config).describe());
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session.
   *
   * @param spark the session
   * @param config the settings
   * @return what was done
   * @throws IOException when the inputs cannot be listed
   */
  public static JobSummary run(SparkSession spark, JobConfig config) throws IOException {
    long start = System.nanoTime();
    Detectors.config(config.detector());
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(config.partitions()));
    HadoopSettings hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
    InputListing.Listing listing = InputListing.list(config.inputs(), spark.sparkContext().hadoopConfiguration());
    ReadStage.Result read = ReadStage.read(spark, listing, config, hadoop);
    OutputWriter out = new OutputWriter(config);
    Dataset<Row> articles = read.articles().drop("file_order", "seq").persist();
    out.write("articles", articles.orderBy("id"));
    out.write("rejects", read.rejects().orderBy("file_order", "file", "line", "record"));
    Dataset<Row> fingerprints = FingerprintStage.fingerprints(articles, config.detector()).persist();
    CandidateStage.Result candidates = CandidateStage.candidates(spark, fingerprints, config);
    Dataset<Row> pairs = candidates.candidates().persist();
    out.write("candidates", pairs.orderBy("a", "b"));
    Dataset<Row> related = VerifyStage.related(pairs, articles, config.detector()).persist();
    StoryStage.Result stories = StoryStage.stories(related, articles, config.detector());
    Dataset<Row> relations = stories.relations().orderBy("source", "derived").persist();
    out.write("relations", relations);
    out.writeLines("relations-core", relations.select("json").as(Encoders.STRING())
        .map((org.apache.spark.api.java.function.MapFunction<String, String>) StoryStage::oneLine, Encoders.STRING()));
    out.write("stories", stories.stories().orderBy(org.apache.spark.sql.functions.element_at(
        org.apache.spark.sql.functions.col("articles"), 1)));
    Map<String, Long> byReason = rejectsByReason(read.rejects());
    long rejectCount = byReason.values().stream().mapToLong(Long::longValue).sum();
    long storyCount = stories.stories().count();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new JobSummary(listing.files().size(), articles.count(), rejectCount, byReason, pairs.count(),
        relations.count(), storyCount, candidates.droppedTerms(), candidates.droppedKeys(), seconds);
  }

  private static Map<String, Long> rejectsByReason(Dataset<Row> rejects) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Row r : rejects.groupBy("reason").count().orderBy("reason").collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }
}
