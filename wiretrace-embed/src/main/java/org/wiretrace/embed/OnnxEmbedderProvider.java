package org.wiretrace.embed;

import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentenceEmbedderProvider;

/**
 * Offers {@link OnnxSentenceEmbedder} with the default MiniLM model to {@link
 * java.util.ServiceLoader}, so composition roots that have {@code wiretrace-embed} on the class
 * path use it and fall back to a lexical embedder otherwise.
 */
public final class OnnxEmbedderProvider implements SentenceEmbedderProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public OnnxEmbedderProvider() {
    // nothing to set up: the model loads in create()
  }

  @Override
  public String name() {
    return "onnx-minilm";
  }

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public boolean available() {
    return OnnxSentenceEmbedder.isAvailable(EmbeddingModelSpec.allMiniLmL6V2Q());
  }

  /**
   * Loads the default model; the result is an {@link AutoCloseable} {@link OnnxSentenceEmbedder}.
   *
   * @return the embedder
   */
  @Override
  public SentenceEmbedder create() {
    return OnnxSentenceEmbedder.createDefault();
  }
}
