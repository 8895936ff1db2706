package org.wiretrace.detect;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.text.ArticleFactory;

/** Loads the shared seed articles; tests using it skip when the shared folder is absent. */
final class Seeds {

  private Seeds() {}

  static List<Article> load() throws IOException {
    String shared = System.getProperty("wiretrace.shared", "/work/shared");
    Path dir = Path.of(shared, "corpus", "seeds");
    assumeTrue(Files.isDirectory(dir), "seed corpus absent at " + dir);
    List<Article> out = new ArrayList<>();
    ArticleFactory factory = new ArticleFactory();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        out.add(factory.create(ArticleDraft.of(name.substring(0, name.length() - 4), text)));
      }
    }
    assumeTrue(out.size() >= 5, "expected five seed articles in " + dir);
    return out;
  }

  static Article byPrefix(List<Article> seeds, String prefix) {
    return seeds.stream().filter(a -> a.id().value().startsWith(prefix)).findFirst().orElseThrow();
  }
}
