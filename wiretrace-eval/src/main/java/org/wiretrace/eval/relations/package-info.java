/**
 * Evaluation of whole detector runs against true relations ({@code {"source", "derived", "kind"}}
 * labels such as {@code examples/labels.jsonl} or the labels of {@code wiretrace generate}).
 */
@NullMarked
package org.wiretrace.eval.relations;

import org.jspecify.annotations.NullMarked;
