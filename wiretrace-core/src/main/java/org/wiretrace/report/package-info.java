/** The result model of reuse detection and its renderings (JSON contract, plain text). */
@NullMarked
package org.wiretrace.report;

import org.jspecify.annotations.NullMarked;
