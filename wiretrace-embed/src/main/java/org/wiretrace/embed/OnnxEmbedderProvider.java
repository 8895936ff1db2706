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
   * Returns the default model's embedder, an {@link AutoCloseable} {@link TokenEmbedder} that loads
   * the model on the first sentence it embeds (a run served by an embedding cache never loads it);
   * its model name is known at once.
   *
   * @return the embedder
   */
  @Override
  public SentenceEmbedder create() {
    return new LazyOnnxEmbedder(EmbeddingModelSpec.allMiniLmL6V2Q());
  }
}
