package org.wiretrace.eval.pairs;

/**
 * One labelled sentence pair read from an evaluation file.
 *
 * @param id the pair's id in the file, or its line number when the format has none
 * @param line the 1-based line number in the file
 * @param first the first sentence
 * @param second the second sentence
 * @param paraphrase the gold label: true when the two sentences say the same thing
 */
public record LabelledPair(String id, int line, String first, String second, boolean paraphrase) {}
