package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.Article;
import org.wiretrace.text.ArticleFactory;

class ArticleInputsTest {

  private final ArticleFactory factory = new ArticleFactory();

  static Article article(String id) {
    return new ArticleFactory().create(org.wiretrace.model.ArticleDraft.of(id, "Body text."));
  }

  @Test
  void read_object() throws IOException {
    String lines = ArticleInputs.jsonToLines(
        "{\"id\":\"a1\",\"title\":\"T\",\"outlet\":\"Wire.Example\",\"published\":\"2026-03-02\",\"text\":\"Body.\",\"lang\":\"en\"}",
        10);
    Article a = ArticleInputs.read(lines, 10, factory).articles().getFirst();
    assertThat(a.id().value()).isEqualTo("a1");
    assertThat(a.outlet().name()).isEqualTo("wire.example");
    assertThat(a.published().dateOnly()).isTrue();
    assertThat(a.extra()).containsEntry("lang", "en");
  }

  @Test
  void jsonToLines_array() {
    assertThat(ArticleInputs.jsonToLines("[{\"text\":\"One.\"},{\"text\":\"Two.\"}]", 10).lines()).hasSize(2);
  }

  @Test
  void read_missingTextFailsWholeBatch() {
    String lines = ArticleInputs.jsonToLines("[{\"text\":\"One.\"},{\"id\":\"x\"}]", 10);
    assertThatThrownBy(() -> ArticleInputs.read(lines, 10, factory))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("line 2").hasMessageContaining("none was stored");
  }

  @Test
  void read_badPublishedIsNote() throws IOException {
    ArticleInputs.Parsed parsed = ArticleInputs.read("{\"text\":\"a b c.\",\"published\":\"yesterday\"}", 10, factory);
    assertThat(parsed.articles().getFirst().published()).isNull();
    assertThat(parsed.notes()).singleElement().asString().contains("yesterday");
  }

  @Test
  void jsonToLines_tooMany() {
    assertThatThrownBy(() -> ArticleInputs.jsonToLines("[{\"text\":\"a\"},{\"text\":\"b\"}]", 1))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
  }

  @Test
  void jsonToLines_notJson() {
    assertThatThrownBy(() -> ArticleInputs.jsonToLines("{text:", 1))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void read_jsonLinesSkipsBlankLines() throws IOException {
    assertThat(ArticleInputs.read("{\"text\":\"a.\"}\n\n{\"text\":\"b.\"}\n", 10, factory).articles()).hasSize(2);
  }

  @Test
  void jsonToLines_scalarArrayItem() {
    assertThatThrownBy(() -> ArticleInputs.jsonToLines("[{\"text\":\"a\"}, 42]", 5))
        .hasMessageContaining("article 2 of the array is not a JSON object");
  }
}
