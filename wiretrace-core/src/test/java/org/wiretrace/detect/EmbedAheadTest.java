package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;

/** A batch of articles embeds each distinct body sentence once, with the fingerprints of one by one. */
class EmbedAheadTest {

  /** A neural-style embedder (not the lexical one, which embeds tokens) that counts the texts it embeds. */
  private static final class CountingEmbedder implements SentenceEmbedder {
    private final LexicalEmbedder inner = new LexicalEmbedder();
    private final List<String> embedded = Collections.synchronizedList(new ArrayList<>());

    @Override public String modelName() {
      return "counting/" + inner.modelName();
    }

    @Override public int dimensions() {
      return inner.dimensions();
    }

    @Override public List<float[]> embed(List<String> texts) {
      embedded.addAll(texts);
      return inner.embed(texts);
    }
  }

  @Test
  void fingerprints_ofABatchEmbedEverySharedSentenceOnce() {
    List<Article> batch = List.of(Fixtures.article("quake-original"), Fixtures.article("quake-duplicate"),
        Fixtures.article("quake-reordered"));
    CountingEmbedder counting = new CountingEmbedder();
    Map<ArticleId, Fingerprints> together = new ReuseDetector(DetectorConfig.defaults(), counting).fingerprints(batch);

    List<String> distinct = batch.stream().flatMap(a -> a.bodySentences().stream()).map(s -> s.text()).distinct().toList();
    assertThat(counting.embedded).hasSameSizeAs(distinct).containsExactlyInAnyOrderElementsOf(distinct);

    ReuseDetector alone = new ReuseDetector(DetectorConfig.defaults(), new CountingEmbedder());
    for (Article a : batch) {
      Fingerprints single = alone.fingerprints(a);
      assertThat(together.get(a.id()).terms()).isEqualTo(single.terms());
      assertThat(together.get(a.id()).sentenceVectors()).usingRecursiveComparison().isEqualTo(single.sentenceVectors());
    }
  }
}
