package org.wiretrace.eval.changes;

/**
 * One labelled sentence pair of a change-evaluation file.
 *
 * @param line the 1-based line number in the file
 * @param source the source sentence
 * @param derived the derived sentence
 * @param changed whether the pair's meaning changed
 * @param hint the kind or kind hint label, or the origin, or "(none)"
 */
public record LabelledChangePair(int line, String source, String derived, boolean changed, String hint) {}
