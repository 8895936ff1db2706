/** Turns article text into cleaned paragraphs and sentences that keep offsets into the original. */
@NullMarked
package org.wiretrace.text;

import org.jspecify.annotations.NullMarked;
