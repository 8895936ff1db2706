/** Says what a rewrite changed in each aligned passage: numbers, dates, names, quotes, polarity, attribution, tortured phrases. */
@NullMarked
package org.wiretrace.changes;

import org.jspecify.annotations.NullMarked;
