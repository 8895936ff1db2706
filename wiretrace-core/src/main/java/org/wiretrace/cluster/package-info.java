/** Groups articles about the same event into story clusters. */
@NullMarked
package org.wiretrace.cluster;

import org.jspecify.annotations.NullMarked;
