/**
 * Sentence embeddings from a local ONNX sentence-transformer model shipped inside a Maven artifact:
 * {@link org.wiretrace.embed.OnnxSentenceEmbedder} implements the core {@link
 * org.wiretrace.align.SentenceEmbedder} port and is offered to composition roots through {@link
 * org.wiretrace.embed.OnnxEmbedderProvider}. Nothing is downloaded at run time.
 */
@NullMarked
package org.wiretrace.embed;

import org.jspecify.annotations.NullMarked;
