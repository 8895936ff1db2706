package org.wiretrace.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtLoggingLevel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An {@link OnnxSentenceEmbedder} loaded on the first sentence it embeds: its model name (which the
 * store's stamp and the pair judge's coefficients key on) and dimensions are known from the spec and
 * the runtime version alone, so a run whose sentences are all in a store's embedding cache (a
 * {@code report}, {@code trace} or {@code serve} of ingested articles) never reads the model or builds
 * the session, which costs about a second of CPU and a hundred megabytes. The vectors are those of the
 * loaded embedder. Thread-safe.
 */
final class LazyOnnxEmbedder implements TokenEmbedder, AutoCloseable {

  private final EmbeddingModelSpec spec;
  private final String modelName;
  private @Nullable OnnxSentenceEmbedder loaded;
  private boolean closed;

  LazyOnnxEmbedder(EmbeddingModelSpec spec) {
    this.spec = spec;
    String version = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR).getVersion();
    this.modelName = spec.modelName(version);
  }

  @Override
  public String modelName() {
    return modelName;
  }

  @Override
  public int dimensions() {
    return spec.dimensions();
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    return texts.isEmpty() ? List.of() : embedder().embed(texts);
  }

  @Override
  public List<SentenceEncoding> encode(List<String> texts) {
    return texts.isEmpty() ? List.of() : embedder().encode(texts);
  }

  /**
   * Tells whether the model has been loaded (a sentence was embedded).
   *
   * @return true once loaded
   */
  synchronized boolean loaded() {
    return loaded != null;
  }

  private synchronized OnnxSentenceEmbedder embedder() {
    if (closed) {
      throw new IllegalStateException("embedder " + modelName + " is closed; create a new one");
    }
    if (loaded == null) {
      loaded = OnnxSentenceEmbedder.create(spec);
    }
    return loaded;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (loaded != null) {
      loaded.close();
    }
  }

  @Override
  public String toString() {
    return "LazyOnnxEmbedder[" + modelName + ", " + (loaded == null ? "not loaded" : loaded) + "]";
  }
}
