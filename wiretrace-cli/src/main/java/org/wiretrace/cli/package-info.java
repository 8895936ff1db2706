/**
 * The {@code wiretrace} command line: parses arguments, calls the facades of the other modules and
 * renders their results. No detection logic lives here; one handler maps failures to exit codes.
 */
@NullMarked
package org.wiretrace.cli;

import org.jspecify.annotations.NullMarked;
