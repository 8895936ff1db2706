package org.wiretrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.ArticleDraft;

class ArticleInputsTest {

  @Test
  void fromJson_object() {
    List<ArticleDraft> drafts = ArticleInputs.fromJson(
        "{\"id\":\"a1\",\"title\":\"T\",\"outlet\":\"Wire.Example\",\"published\":\"2026-03-02\",\"text\":\"Body.\",\"lang\":\"en\"}",
        10, "api");
    assertThat(drafts).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("a1");
      assertThat(d.outlet().name()).isEqualTo("wire.example");
      assertThat(d.published().dateOnly()).isTrue();
      assertThat(d.extra()).containsEntry("lang", "en");
    });
  }

  @Test
  void fromJson_array() {
    assertThat(ArticleInputs.fromJson("[{\"text\":\"One.\"},{\"text\":\"Two.\"}]", 10, "api")).hasSize(2);
  }

  @Test
  void fromJson_missingText() {
    assertThatThrownBy(() -> ArticleInputs.fromJson("[{\"text\":\"One.\"},{\"id\":\"x\"}]", 10, "api"))
        .isInstanceOf(ApiException.class).hasMessageContaining("article 1 has no \"text\"");
  }

  @Test
  void fromJson_badPublished() {
    assertThatThrownBy(() -> ArticleInputs.fromJson("{\"text\":\"a\",\"published\":\"yesterday\"}", 10, "api"))
        .hasMessageContaining("'yesterday', not an ISO-8601 date");
  }

  @Test
  void fromJson_tooMany() {
    assertThatThrownBy(() -> ArticleInputs.fromJson("[{\"text\":\"a\"},{\"text\":\"b\"}]", 1, "api"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
  }

  @Test
  void fromJson_notJson() {
    assertThatThrownBy(() -> ArticleInputs.fromJson("{text:", 1, "api"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void fromJsonLines_skipsBlankLines() {
    List<ArticleDraft> drafts = ArticleInputs.fromJsonLines("{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n", 10, "api");
    assertThat(drafts).extracting(ArticleDraft::origin).containsExactly("api:1", "api:3");
  }

  @Test
  void fromJson_textNotString() {
    assertThatThrownBy(() -> ArticleInputs.fromJson("{\"text\":42}", 1, "api"))
        .hasMessageContaining("\"text\" must be a string");
  }
}
