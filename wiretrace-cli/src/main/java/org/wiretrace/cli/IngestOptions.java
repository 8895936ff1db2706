package org.wiretrace.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wiretrace.ingest.BoilerplateMode;
import org.wiretrace.ingest.Ingestor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Ingest limits and modes shared by {@code ingest} and {@code report}. */
public final class IngestOptions {

  /** New articles in one run above which the store is compacted at the end. */
  static final int COMPACT_AFTER = 1_000;

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSizeConverter.class,
      description = "Skip files larger than this, e.g. 64MB, 200m, 1g (default: 64MB).")
  private @Nullable Long maxFileBytes;

  @Option(names = "--max-record-size", paramLabel = "SIZE", converter = ByteSizeConverter.class,
      description = "Skip JSONL lines and WARC records larger than this, e.g. 16MB (default: 16MB; at most 2g).")
  private @Nullable Long maxRecordBytes;

  @Option(names = "--max-skipped", paramLabel = "N",
      description = "Abort the run when more than N inputs are skipped (default: no limit).")
  private @Nullable Long maxSkipped;

  @Option(names = "--boilerplate", paramLabel = "MODE", converter = BoilerplateConverter.class,
      description = "Corpus-level boilerplate evidence: off, running (one pass, default) or two-pass "
          + "(reads the inputs twice; every article sees the whole corpus).")
  private BoilerplateMode boilerplate = BoilerplateMode.RUNNING;

  @Option(names = "--no-compact",
      description = "Do not compact the store after ingesting more than " + COMPACT_AFTER + " new articles.")
  private boolean noCompact;

  /**
   * Applies the options to an ingestor builder.
   *
   * @param builder the builder
   * @return the same builder
   * @throws BadInputException when a value is out of range
   */
  Ingestor.Builder apply(Ingestor.Builder builder) {
    if (maxFileBytes != null) {
      builder.maxFileBytes(maxFileBytes);
    }
    if (maxRecordBytes != null) {
      builder.maxRecordBytes(recordBytes(maxRecordBytes));
    }
    if (maxSkipped != null) {
      builder.maxSkipped(skipped(maxSkipped));
    }
    return builder.boilerplate(boilerplate);
  }

  /**
   * Returns whether the store should be compacted after a run that added this many articles.
   *
   * @param added new articles stored by the run
   * @return true when compaction is due and not switched off
   */
  boolean compactAfter(long added) {
    return !noCompact && added > COMPACT_AFTER;
  }

  private static int recordBytes(long bytes) {
    if (bytes > Integer.MAX_VALUE) {
      throw new BadInputException("--max-record-size " + bytes + " bytes is above the 2g a record can hold; "
          + "give 2g or less (the default is 16MB)");
    }
    return (int) bytes;
  }

  private static long skipped(long max) {
    if (max < 0) {
      throw new BadInputException("--max-skipped " + max + " is negative; give 0 or more (leave it out for no limit)");
    }
    return max;
  }

  /** Parses {@code off}, {@code running} and {@code two-pass} (any case, {@code _} or {@code -}). */
  static final class BoilerplateConverter implements ITypeConverter<BoilerplateMode> {
    @Override
    public BoilerplateMode convert(String value) {
      String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (BoilerplateMode mode : BoilerplateMode.values()) {
        if (mode.name().equals(name)) {
          return mode;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a boilerplate mode; use off, running or two-pass");
    }
  }
}
