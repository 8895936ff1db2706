package org.wiretrace.detect;

/**
 * How likely two articles report the same event.
 *
 * @param names Dice overlap of their names (capitalised non-initial words)
 * @param vectors cosine of their mean sentence vectors
 * @param similarity the mean of both; zero when their publication times are too far apart
 */
record Story(double names, double vectors, double similarity) {}
