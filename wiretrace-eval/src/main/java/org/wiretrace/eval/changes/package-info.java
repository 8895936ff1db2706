/** Evaluation of the change flagger on labelled sentence pairs (issue 5.2). */
@NullMarked
package org.wiretrace.eval.changes;

import org.jspecify.annotations.NullMarked;
