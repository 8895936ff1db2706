/**
 * The Spark job: reads articles from any Hadoop-compatible path, finds reuse with the same core
 * functions as the embedded detector (called inside {@code mapPartitions}), and writes Parquet and
 * JSONL outputs. Spark itself is a provided dependency.
 */
@NullMarked
package org.wiretrace.spark;

import org.jspecify.annotations.NullMarked;
