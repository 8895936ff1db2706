package org.wiretrace.ingest;

/**
 * How far an ingest run has come, enough to draw a progress bar.
 *
 * @param bytesDone bytes read so far (compressed bytes for gzip files)
 * @param bytesTotal total bytes of all files to read (0 when reading a stream of unknown size)
 * @param filesDone files finished
 * @param filesTotal files to read
 * @param articles articles handed to the consumer so far
 * @param skipped records, files or paths skipped so far
 * @param currentFile the file being read, or empty
 */
public record IngestProgress(
    long bytesDone, long bytesTotal, int filesDone, int filesTotal, long articles, long skipped,
    String currentFile) {

  /**
   * Returns the fraction of bytes read, from 0 to 1.
   *
   * @return the fraction done, or 0 when the total is unknown
   */
  public double fraction() {
    return bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesDone / bytesTotal);
  }
}
