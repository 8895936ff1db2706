package org.wiretrace.cli;

/** Which sentence embedder the detector uses ({@code --embedder}). */
enum EmbedderChoice {
  /** The best available model (ONNX MiniLM when its files and natives load), else lexical. */
  AUTO,
  /** The ONNX sentence model; fails when it cannot be loaded. */
  ONNX,
  /** The dependency-free lexical embedder: fast, no model, weaker on paraphrases. */
  LEXICAL
}
