/**
 * End-to-end measurement of the system on a generated corpus ({@code wiretrace bench}): ingest and
 * index throughput, candidate recall, trace latency, embedding throughput, memory and store size.
 */
@NullMarked
package org.wiretrace.eval.bench;

import org.jspecify.annotations.NullMarked;
