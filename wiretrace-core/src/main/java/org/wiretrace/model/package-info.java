/** Immutable values shared by everything: articles, outlets, spans of original text. */
@NullMarked
package org.wiretrace.model;

import org.jspecify.annotations.NullMarked;
