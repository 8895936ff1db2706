/**
 * Decides the direction of reuse between two articles (which is the source) from publication times
 * and content evidence, always with plain-language reasons.
 */
@NullMarked
package org.wiretrace.provenance;

import org.jspecify.annotations.NullMarked;
