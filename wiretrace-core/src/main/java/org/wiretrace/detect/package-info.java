/** The front door: {@link org.wiretrace.detect.ReuseDetector} built from a validated {@link org.wiretrace.detect.DetectorConfig}. */
@NullMarked
package org.wiretrace.detect;

import org.jspecify.annotations.NullMarked;
