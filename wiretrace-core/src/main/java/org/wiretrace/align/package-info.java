/** Aligns the sentences of a source and a derived article. */
@NullMarked
package org.wiretrace.align;

import org.jspecify.annotations.NullMarked;
