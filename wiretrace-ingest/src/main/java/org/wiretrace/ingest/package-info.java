/**
 * Reads articles from files and streams leniently: plain text, JSONL, HTML and WARC. The front door
 * is {@link org.wiretrace.ingest.Ingestor}; bad input becomes an {@link
 * org.wiretrace.ingest.IngestProblem} in a bounded {@link org.wiretrace.ingest.IngestLog}, never an
 * exception, so the good records around it are still ingested.
 */
@NullMarked
package org.wiretrace.ingest;

import org.jspecify.annotations.NullMarked;
