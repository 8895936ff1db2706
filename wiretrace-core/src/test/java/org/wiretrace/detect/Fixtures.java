package org.wiretrace.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.text.ArticleFactory;

/** Loads the invented fixture articles under {@code src/test/resources/articles}. */
final class Fixtures {

  private static final ArticleFactory FACTORY = new ArticleFactory();

  private Fixtures() {}

  static Article article(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/articles/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("fixture /articles/" + name + ".txt is missing");
      }
      return FACTORY.create(ArticleDraft.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
