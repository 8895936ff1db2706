/**
 * Evaluation of reuse levels (copy, light edit, heavy rewrite, none) on a labelled short-answer
 * corpus in the Clough–Stevenson layout: answers, their source texts and {@code file_information.csv}.
 */
@NullMarked
package org.wiretrace.eval.levels;

import org.jspecify.annotations.NullMarked;
