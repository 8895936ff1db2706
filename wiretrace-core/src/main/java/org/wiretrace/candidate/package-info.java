/** Finds and verifies possible reuse pairs; defines the candidate index port. */
@NullMarked
package org.wiretrace.candidate;

import org.jspecify.annotations.NullMarked;
