/** The storage port: where articles and derived data are kept between runs. */
@NullMarked
package org.wiretrace.store;

import org.jspecify.annotations.NullMarked;
