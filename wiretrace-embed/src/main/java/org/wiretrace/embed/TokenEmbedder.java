package org.wiretrace.embed;

import java.util.List;
import org.wiretrace.align.SentenceEmbedder;

/**
 * A sentence embedder that also exposes the contextual word-piece vectors it pools, for callers
 * that match sentences word by word.
 */
public interface TokenEmbedder extends SentenceEmbedder {

  /**
   * Encodes sentences; the i-th encoding belongs to the i-th text, and each is independent of the
   * others (batch-invariant).
   *
   * @param texts the sentences
   * @return one encoding per text
   */
  List<SentenceEncoding> encode(List<String> texts);
}
