package org.wiretrace.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wiretrace.model.Article;
import org.wiretrace.testkit.DerivedKind;
import org.wiretrace.testkit.GeneratorConfig;
import org.wiretrace.testkit.ReuseLabel;
import org.wiretrace.testkit.SyntheticCorpus;

/** Seeded benchmark inputs from the synthetic generator (invented text only). */
public final class BenchData {

  /** The seed of every generated input. */
  public static final long SEED = 42;

  private BenchData() {}

  /**
   * Generates a corpus.
   *
   * @param stories base articles
   * @param words words per base article
   * @return the corpus
   */
  public static SyntheticCorpus corpus(int stories, int words) {
    return SyntheticCorpus.generate(GeneratorConfig.of(stories, SEED).withWordsPerArticle(words));
  }

  /**
   * Returns a source article and a copy of it of the given kind.
   *
   * @param words words per base article
   * @param kind the copy's kind, e.g. {@link DerivedKind#SPUN}
   * @return {source, derived}
   * @throws IllegalStateException when the generator made no such copy
   */
  public static Article[] pair(int words, DerivedKind kind) {
    SyntheticCorpus corpus = corpus(20, words);
    Map<String, Article> byId = new TreeMap<>();
    corpus.articles().forEach(a -> byId.put(a.id().value(), a));
    for (ReuseLabel label : corpus.labels()) {
      if (label.kind() == kind) {
        return new Article[] {byId.get(label.source()), byId.get(label.derived())};
      }
    }
    throw new IllegalStateException("no " + kind + " copy among 20 generated stories; raise the stories");
  }

  /**
   * Returns the generated articles.
   *
   * @param stories base articles
   * @param words words per base article
   * @return all articles, base and copies
   */
  public static List<Article> articles(int stories, int words) {
    return corpus(stories, words).articles();
  }
}
