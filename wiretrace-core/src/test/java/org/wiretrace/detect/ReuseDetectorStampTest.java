package org.wiretrace.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.text.ArticleFactory;

class ReuseDetectorStampTest {

  @Test
  void paramsStamp_isTheStampOnEveryFingerprints() {
    ReuseDetector detector = new ReuseDetector(DetectorConfig.defaults(), new LexicalEmbedder());
    Article article = new ArticleFactory().create(ArticleDraft.of("x", "The ferry ran late. Fog lay over the bay."));

    assertThat(detector.paramsStamp()).isEqualTo(detector.fingerprints(article).paramsStamp())
        .isEqualTo(ReuseDetector.paramsStamp(DetectorConfig.defaults(), new LexicalEmbedder()))
        .startsWith(DetectorConfig.defaults().sketch().stamp() + ":").endsWith(new LexicalEmbedder().modelName());
  }
}
