/** Shared low-level helpers. Not API: may change without notice. */
@NullMarked
package org.wiretrace.internal;

import org.jspecify.annotations.NullMarked;
