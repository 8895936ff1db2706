package org.wiretrace.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.wiretrace.ingest.IngestProblem;

/** The row form of a rejected input: where it is, why it was skipped, and how to fix it. */
final class RejectRows {

  static final StructType SCHEMA = new StructType()
      .add("file_order", DataTypes.IntegerType, false)
      .add("file", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, true)
      .add("record", DataTypes.LongType, true)
      .add("offset", DataTypes.LongType, true)
      .add("reason", DataTypes.StringType, false)
      .add("detail", DataTypes.StringType, false)
      .add("fix", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false);

  private RejectRows() {}

  static Row of(IngestProblem p, int fileOrder) {
    return RowFactory.create(fileOrder, p.file(), p.line(), p.record(), p.offset(), p.reason().name(), p.detail(),
        p.fix(), p.message());
  }

  static Row of(int fileOrder, String file, @Nullable Long line, String reason, String detail, String fix) {
    String position = line == null ? file : file + ":" + line;
    return RowFactory.create(fileOrder, file, line, null, null, reason, detail, fix,
        position + ": " + detail + " (skipped); fix: " + fix);
  }
}
