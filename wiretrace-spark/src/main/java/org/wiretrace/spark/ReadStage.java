package org.wiretrace.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.ingest.BoilerplateMode;
import org.wiretrace.ingest.IngestProblem;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.ingest.InputFormat;
import org.wiretrace.ingest.Ingestor;
import org.wiretrace.spark.InputListing.InputFile;
import scala.Tuple2;

/**
 * Reads the input files into article rows and reject rows. Each file is read whole by one task with
 * the ingest module's lenient readers (so WARC, HTML, text and JSONL, gzipped or not, behave as in
 * the CLI); files are spread over partitions by size (largest first, to the least loaded partition).
 * Bad records become rejects with their reason; a file that cannot be read at all becomes one reject
 * ({@code READER_FAILED}); the job never fails on input data. An id seen again in a later file is
 * rejected as {@code DUPLICATE_ID}, first in input order wins, as in the embedded reader.
 */
final class ReadStage {

  /**
   * The stage's outputs.
   *
   * @param articles article rows ({@link ArticleRows#SCHEMA}), ids unique
   * @param rejects reject rows ({@link RejectRows#SCHEMA})
   */
  record Result(Dataset<Row> articles, Dataset<Row> rejects) {}

  private static final StructType SCHEMA = new StructType()
      .add("article", ArticleRows.SCHEMA, true)
      .add("reject", RejectRows.SCHEMA, true);

  private ReadStage() {}

  static Result read(SparkSession spark, InputListing.Listing listing, JobConfig config, HadoopSettings hadoop) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(config.partitions(), listing.files().size()));
    JavaRDD<Row> rows = jsc.parallelizePairs(assign(listing.files(), slices), slices)
        .partitionBy(new HashPartitioner(slices))
        .values()
        .flatMap(new ReadFiles(hadoop, config.format()));
    Dataset<Row> all = spark.createDataFrame(rows, SCHEMA).persist();
    Dataset<Row> articles = all.filter(col("article").isNotNull()).select("article.*");
    Dataset<Row> rejects = all.filter(col("reject").isNotNull()).select("reject.*")
        .unionByName(missing(spark, listing));
    return dedupe(articles, rejects);
  }

  /** Greedy longest-processing-time assignment of files to partitions, by size. */
  static List<Tuple2<Integer, InputFile>> assign(List<InputFile> files, int slices) {
    long[] load = new long[slices];
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparingInt(InputFile::order));
    List<Tuple2<Integer, InputFile>> out = new ArrayList<>();
    for (InputFile f : bySize) {
      int least = 0;
      for (int i = 1; i < slices; i++) {
        least = load[i] < load[least] ? i : least;
      }
      load[least] += Math.max(1, f.size());
      out.add(new Tuple2<>(least, f));
    }
    return out;
  }

  private static Dataset<Row> missing(SparkSession spark, InputListing.Listing listing) {
    List<Row> rows = new ArrayList<>();
    for (String[] m : listing.missing()) {
      rows.add(RejectRows.of(-1, m[0], null, m[1], "the input matches no file",
          "check the path or glob; on a cluster use a URI every executor can read (hdfs://, s3a://)"));
    }
    return spark.createDataFrame(rows, RejectRows.SCHEMA);
  }

  private static Result dedupe(Dataset<Row> articles, Dataset<Row> rejects) {
    WindowSpec byId = Window.partitionBy("id").orderBy("file_order", "seq");
    Dataset<Row> ranked = articles.withColumn("rank", row_number().over(byId))
        .withColumn("first_origin", first("origin").over(byId));
    Dataset<Row> kept = ranked.filter(col("rank").equalTo(1)).drop("rank", "first_origin");
    Dataset<Row> dups = ranked.filter(col("rank").gt(1)).select(
        col("file_order"), col("origin").as("file"), lit(null).cast(DataTypes.LongType).as("line"),
        lit(null).cast(DataTypes.LongType).as("record"), lit(null).cast(DataTypes.LongType).as("offset"),
        lit("DUPLICATE_ID").as("reason"),
        org.apache.spark.sql.functions.concat(lit("article id '"), col("id"), lit("' was already read from "),
            col("first_origin")).as("detail"),
        lit("give every article a unique id").as("fix"),
        org.apache.spark.sql.functions.concat(col("origin"), lit(": duplicate article id '"), col("id"),
            lit("' (skipped); fix: give every article a unique id")).as("message"));
    return new Result(kept, rejects.unionByName(dups));
  }

  /** Reads the files of one partition in a task. */
  static final class ReadFiles implements FlatMapFunction<InputFile, Row> {
    private static final long serialVersionUID = 1L;
    private final HadoopSettings hadoop;
    private final @org.jspecify.annotations.Nullable String format;
    private transient Configuration conf;

    ReadFiles(HadoopSettings hadoop, @org.jspecify.annotations.Nullable String format) {
      this.hadoop = hadoop;
      this.format = format;
    }

    @Override
    public Iterator<Row> call(InputFile file) {
      if (conf == null) {
        conf = hadoop.configuration();
      }
      List<Row> out = new ArrayList<>();
      Path path = new Path(file.path());
      String name = displayName(path);
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        IngestSummary summary = ingestor().ingest(name, in, (batch, progress) ->
            batch.forEach(a -> out.add(RowFactory.create(ArticleRows.toRow(a, file.order(), out.size()), null))));
        for (IngestProblem p : summary.problems()) {
          if (p.reason().skips()) {
            out.add(RowFactory.create(null, RejectRows.of(p, file.order())));
          }
        }
      } catch (IOException | RuntimeException e) {
        out.add(RowFactory.create(null, RejectRows.of(file.order(), name, null, "READER_FAILED",
            "the file could not be read: " + e, "check the file and the file system; other files were read")));
      }
      return out.iterator();
    }

    private Ingestor ingestor() {
      return Ingestor.builder().format(format == null ? null : InputFormat.parse(format))
          .boilerplate(BoilerplateMode.OFF).maxProblems(Integer.MAX_VALUE).batchSize(1000).build();
    }

    /** Local files keep their plain path, so origins match the CLI's; other file systems keep the URI. */
    static String displayName(Path path) {
      return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
    }
  }
}
