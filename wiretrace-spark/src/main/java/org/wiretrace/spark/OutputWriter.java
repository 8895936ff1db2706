package org.wiretrace.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes each result table as Parquet ({@code OUTPUT/parquet/NAME}) and JSON Lines
 * ({@code OUTPUT/jsonl/NAME}, Spark's line-delimited JSON part files), as configured.
 */
final class OutputWriter {

  private final JobConfig config;

  OutputWriter(JobConfig config) {
    this.config = config;
  }

  /** Writes a table in every configured format, overwriting an earlier run's table of that name. */
  void write(String name, Dataset<Row> table) {
    if (config.outputs().contains("parquet")) {
      table.write().mode(SaveMode.Overwrite).parquet(path("parquet", name));
    }
    if (config.outputs().contains("jsonl")) {
      table.write().mode(SaveMode.Overwrite).json(path("jsonl", name));
    }
  }

  /** Writes one text line per row of a single string column (e.g. core JSON) as JSONL. */
  void writeLines(String name, Dataset<String> lines) {
    if (config.outputs().contains("jsonl")) {
      lines.write().mode(SaveMode.Overwrite).text(path("jsonl", name));
    }
  }

  String path(String format, String name) {
    return config.output() + "/" + format + "/" + name;
  }
}
