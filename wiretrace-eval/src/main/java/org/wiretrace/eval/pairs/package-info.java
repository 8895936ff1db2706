/**
 * Sentence-pair paraphrase detection harness ({@code wiretrace eval pairs}): readers for MSRP, PAWS
 * and plain TSV files, lexical and embedding pair features, a seeded logistic regression fitted on
 * training files only, and accuracy, precision, recall and F1 of the positive (paraphrase) class.
 * The front door is {@link org.wiretrace.eval.pairs.PairEvaluation}.
 */
@NullMarked
package org.wiretrace.eval.pairs;

import org.jspecify.annotations.NullMarked;
