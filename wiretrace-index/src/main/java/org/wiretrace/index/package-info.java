/**
 * The embedded Apache Lucene store: articles, candidate fingerprints and cached sentence vectors,
 * kept in one store directory opened through {@link org.wiretrace.index.WiretraceStore}.
 */
@NullMarked
package org.wiretrace.index;

import org.jspecify.annotations.NullMarked;
