package org.wiretrace.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the articles of one input format from a stream. Readers are lenient: bad records become
 * problems in the context's log and reading goes on; only I/O failures are thrown.
 */
interface ArticleReader {

  /**
   * Reads every article in the stream and hands each draft to the context.
   *
   * @param in the raw bytes (already un-gzipped, except for WARC which handles its own compression)
   * @param context where drafts and problems go
   * @throws IOException when reading the stream fails
   */
  void read(InputStream in, ReadContext context) throws IOException;
}
