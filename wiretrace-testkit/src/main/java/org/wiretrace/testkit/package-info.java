/**
 * Test fixtures shared by every module, chiefly the seeded synthetic news corpus: invented base
 * articles plus derived copies of known kinds, with ground-truth labels and injected fact changes.
 */
@NullMarked
package org.wiretrace.testkit;

import org.jspecify.annotations.NullMarked;
