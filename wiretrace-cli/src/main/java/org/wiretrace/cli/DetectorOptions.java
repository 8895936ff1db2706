package org.wiretrace.cli;

import picocli.CommandLine.Option;

/** Options that choose how the reuse detector runs, shared by report, trace and compare. */
public final class DetectorOptions {

  @Option(names = "--embedder", paramLabel = "NAME",
      description = "Sentence embedder: auto, onnx or lexical (default: ${DEFAULT-VALUE}; auto uses the ONNX "
          + "model when it loads, else lexical).")
  private EmbedderChoice embedder = EmbedderChoice.AUTO;

  /**
   * Returns the chosen embedder.
   *
   * @return the choice
   */
  EmbedderChoice embedder() {
    return embedder;
  }
}
