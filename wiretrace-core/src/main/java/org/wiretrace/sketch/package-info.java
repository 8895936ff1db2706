/**
 * Shingles, MinHash signatures, LSH banding and paraphrase-robust fingerprints (anchor pairs, spot
 * signatures), each pure, seeded and stamped with its parameters.
 */
@NullMarked
package org.wiretrace.sketch;

import org.jspecify.annotations.NullMarked;
