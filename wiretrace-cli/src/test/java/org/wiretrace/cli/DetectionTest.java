package org.wiretrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.EmbeddingCache;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.text.ArticleFactory;

/** The lexical embedder works on the analysis' tokens directly; a store's vector cache only slows it. */
class DetectionTest {

  /** A cache that records every lookup and write. */
  private static final class RecordingCache implements EmbeddingCache {
    final List<String> calls = new ArrayList<>();

    @Override public Map<String, float[]> get(String model, List<String> texts) {
      calls.add("get " + texts.size());
      return Map.of();
    }

    @Override public void put(String model, Map<String, float[]> vectors) {
      calls.add("put " + vectors.size());
    }
  }

  @Test
  void lexicalDetector_neitherReadsNorFillsTheVectorCache_withTheSameFingerprints() throws Exception {
    Article article = new ArticleFactory().create(ArticleDraft.of("pier",
        "The old pier reopened to walkers on Sunday. The council spent two years on the repairs."));
    RecordingCache cache = new RecordingCache();
    try (Detection detection = Detection.open(EmbedderChoice.LEXICAL)) {
      ReuseDetector withStore = detection.detector(cache);

      List<float[]> vectors = withStore.fingerprints(article).sentenceVectors();

      assertThat(cache.calls).isEmpty();
      assertThat(vectors).usingRecursiveComparison().isEqualTo(
          new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder()).fingerprints(article).sentenceVectors());
    }
  }
}
