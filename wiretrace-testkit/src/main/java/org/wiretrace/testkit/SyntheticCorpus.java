package org.wiretrace.testkit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.text.ArticleFactory;

/**
 * A generated corpus: the articles, the ground-truth labels and the settings that made them.
 *
 * <p>{@link #writeTo(Path)} writes {@code articles.jsonl} (one object per line with {@code id},
 * {@code url}, {@code title}, {@code outlet}, {@code published}, {@code text}), {@code labels.jsonl}
 * ({@code source}, {@code derived}, {@code kind}, {@code reordered}, {@code changes}: a list of
 * {@code kind}, {@code sourceText}, {@code derivedText}) and {@code generator.json} (the settings).
 *
 * @param config the settings that made the corpus
 * @param drafts the articles as readers would deliver them, sorted by id
 * @param labels one label per derived article, sorted by source then derived id
 */
public record SyntheticCorpus(GeneratorConfig config, List<ArticleDraft> drafts, List<ReuseLabel> labels) {

  /** File name of the articles. */
  public static final String ARTICLES_FILE = "articles.jsonl";
  /** File name of the labels. */
  public static final String LABELS_FILE = "labels.jsonl";
  /** File name of the settings. */
  public static final String SETTINGS_FILE = "generator.json";

  /** Copies the lists. */
  public SyntheticCorpus {
    drafts = List.copyOf(drafts);
    labels = List.copyOf(labels);
  }

  /**
   * Generates a corpus; shorthand for {@code new CorpusGenerator(config).generate()}.
   *
   * @param config the settings
   * @return the corpus
   */
  public static SyntheticCorpus generate(GeneratorConfig config) {
    return new CorpusGenerator(config).generate();
  }

  /**
   * Returns the articles analysed by the core text pipeline, as every reader would produce them.
   *
   * @return the articles in id order
   */
  public List<Article> articles() {
    ArticleFactory factory = new ArticleFactory();
    List<Article> out = new ArrayList<>(drafts.size());
    drafts.forEach(d -> out.add(factory.create(d)));
    return out;
  }

  /**
   * Writes the corpus files into a directory, creating it when needed.
   *
   * @param directory the output directory
   * @throws IOException when a file cannot be written
   */
  public void writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    try (Writer w = Files.newBufferedWriter(directory.resolve(ARTICLES_FILE), StandardCharsets.UTF_8)) {
      for (ArticleDraft d : drafts) {
        w.write(articleLine(d));
        w.write('\n');
      }
    }
    try (Writer w = Files.newBufferedWriter(directory.resolve(LABELS_FILE), StandardCharsets.UTF_8)) {
      for (ReuseLabel l : labels) {
        w.write(labelLine(l));
        w.write('\n');
      }
    }
    Files.writeString(directory.resolve(SETTINGS_FILE), settingsJson() + "\n", StandardCharsets.UTF_8);
  }

  /**
   * Returns one {@code articles.jsonl} line.
   *
   * @param d the article
   * @return the JSON object on one line
   */
  public static String articleLine(ArticleDraft d) {
    StringJoiner j = new StringJoiner(",", "{", "}");
    j.add(JsonLines.field("id", String.valueOf(d.id())));
    j.add(JsonLines.field("url", String.valueOf(d.url())));
    j.add(JsonLines.field("title", String.valueOf(d.title())));
    j.add(JsonLines.field("outlet", String.valueOf(d.outlet())));
    j.add(JsonLines.field("published", d.published() == null ? "" : d.published().iso()));
    j.add(JsonLines.field("text", d.text()));
    return j.toString();
  }

  /**
   * Returns one {@code labels.jsonl} line.
   *
   * @param l the label
   * @return the JSON object on one line
   */
  public static String labelLine(ReuseLabel l) {
    StringJoiner changes = new StringJoiner(",", "[", "]");
    for (InjectedChange c : l.changes()) {
      changes.add("{" + JsonLines.field("kind", c.kind().name()) + "," + JsonLines.field("sourceText", c.sourceText())
          + "," + JsonLines.field("derivedText", c.derivedText()) + "}");
    }
    return "{" + JsonLines.field("source", l.source()) + "," + JsonLines.field("derived", l.derived()) + ","
        + JsonLines.field("kind", l.kind().name()) + ",\"reordered\":" + l.reordered() + ",\"changes\":"
        + changes + "}";
  }

  private String settingsJson() {
    StringJoiner mix = new StringJoiner(",", "{", "}");
    for (Map.Entry<DerivedKind, Double> e : config.mix().entrySet()) {
      mix.add(JsonLines.quote(e.getKey().name()) + ":" + e.getValue());
    }
    return "{\"articles\":" + config.articles() + ",\"seed\":" + config.seed() + ",\"wordsPerArticle\":"
        + config.wordsPerArticle() + ",\"changeRate\":" + config.changeRate() + ",\"sameTopicShare\":"
        + config.sameTopicShare() + ",\"mix\":" + mix + "}";
  }
}
