package org.wiretrace.align;

import java.util.List;

/**
 * Port: maps sentences to unit-length vectors whose dot product measures meaning similarity.
 * Implementations must be deterministic (same text, same vector, whatever the batch) and
 * thread-safe. {@code wiretrace-embed} provides an ONNX MiniLM implementation.
 */
public interface SentenceEmbedder {

  /**
   * Returns a stable name of the model and its settings, stored with cached vectors.
   *
   * @return e.g. {@code all-minilm-l6-v2-q/mean/384}
   */
  String modelName();

  /**
   * Returns the vector length.
   *
   * @return the number of dimensions
   */
  int dimensions();

  /**
   * Embeds sentences; the i-th vector belongs to the i-th text.
   *
   * @param texts the sentences
   * @return L2-normalised vectors
   */
  List<float[]> embed(List<String> texts);
}
