package org.wiretrace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.model.StrippedChrome;

class ArticleCodecTest {

  @Test
  void decode_factoryArticle_equalsOriginal() throws IOException {
    Article article = TestArticles.harbourStory("h");
    byte[] meta = ArticleCodec.encode(article);
    assertThat(ArticleCodec.decode(article.text(), meta, article.origin())).isEqualTo(article);
  }

  @Test
  void encode_factoryArticle_omitsSpanTexts() {
    Article article = TestArticles.harbourStory("h");
    String json = new String(ArticleCodec.encode(article), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("Councillor").contains("\"sentenceTexts\":{}");
  }

  @Test
  void decode_textsDifferingFromSpans_keptExactly() throws IOException {
    String text = "Alpha beta. Gamma delta.";
    Article odd = new Article(ArticleId.of("odd"), null, null, null, null, text,
        List.of(new Span(0, text.length())),
        List.of(new Sentence(0, 0, new Span(0, 11), "ALPHA BETA.", false),
            new Sentence(7, 0, new Span(12, 24), "Gamma delta.", true)),
        List.of(new StrippedChrome(ChromeKind.AUTHOR_BIO, new Span(40, 45), "gone!", "made up")),
        Map.of("z", "last", "a", "first"), null);
    assertThat(ArticleCodec.decode(text, ArticleCodec.encode(odd), null)).isEqualTo(odd);
  }

  @Test
  void encode_sameArticle_sameBytes() {
    Article article = TestArticles.harbourStory("h");
    assertThat(ArticleCodec.encode(article)).isEqualTo(ArticleCodec.encode(TestArticles.harbourStory("h")));
  }
}
