package org.wiretrace.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wiretrace.align.CachingEmbedder;
import org.wiretrace.align.EmbeddingCache;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentenceEmbedderProvider;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.PairJudgements;
import org.wiretrace.detect.ReuseDetector;

/**
 * The reuse detector the commands run: default settings, the chosen sentence embedder and, when a
 * store is open, its embedding cache. Closes the embedder's native resources.
 */
final class Detection implements AutoCloseable {

  private static final DetectorConfig CONFIG = DetectorConfig.defaults();

  private final SentenceEmbedder embedder;

  private Detection(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  /**
   * Loads the chosen embedder.
   *
   * @param choice which embedder to use
   * @return the detection, to be closed
   * @throws BadInputException when {@code onnx} was asked for and no model is available
   */
  static Detection open(EmbedderChoice choice) {
    return new Detection(embedder(choice));
  }

  /**
   * Returns the stamp of the fingerprints this detection makes: the sketch parameters plus the
   * embedder's model. The store's candidate index is created with it and refuses any other.
   *
   * @return e.g. {@code minhash:k5:p128:s42:b42x3:all-minilm-l6-v2-q/mean/384/ort-1.20.0}
   */
  String paramsStamp() {
    return ReuseDetector.paramsStamp(CONFIG, embedder);
  }

  /**
   * Returns a detector that embeds through the cache.
   *
   * @param cache where sentence vectors are kept between runs, or null for none
   * @return the detector
   */
  ReuseDetector detector(@Nullable EmbeddingCache cache) {
    return detector(cache, PairJudgements.NONE);
  }

  /**
   * Returns a detector that embeds through the cache and remembers its pair judgements, so that a
   * store's pairs are judged once and read back by every later report and web page. The lexical
   * embedder skips the cache: it embeds the tokens the analysis makes anyway, faster than a cache
   * lookup (a hash of the text and an index seek per sentence), with the same vectors.
   *
   * @param cache where sentence vectors are kept between runs, or null for none
   * @param judgements where pair judgements are kept between runs
   * @return the detector
   */
  ReuseDetector detector(@Nullable EmbeddingCache cache, PairJudgements judgements) {
    return new ReuseDetector(CONFIG, CachingEmbedder.over(embedder, cache), judgements);
  }

  /**
   * Returns the loaded embedder itself (no store cache), e.g. for the bench, which wires its own store.
   *
   * @return the embedder; closed with this detection
   */
  SentenceEmbedder embedder() {
    return embedder;
  }

  /**
   * Returns the embedder's model name, for reports.
   *
   * @return the name
   */
  String embedderName() {
    return embedder.modelName();
  }

  private static SentenceEmbedder embedder(EmbedderChoice choice) {
    if (choice == EmbedderChoice.LEXICAL) {
      return new LexicalEmbedder();
    }
    List<SentenceEmbedderProvider> providers = SentenceEmbedderProvider.discover();
    if (!providers.isEmpty()) {
      return providers.get(0).create();
    }
    if (choice == EmbedderChoice.ONNX) {
      throw new BadInputException("--embedder onnx: no sentence model is available on the class path "
          + "(wiretrace-embed and its model jar); use --embedder lexical or auto");
    }
    return new LexicalEmbedder();
  }

  @Override
  public void close() throws Exception {
    if (embedder instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }
}
