package org.wiretrace.text;

import java.util.ArrayList;
import java.util.List;
import org.wiretrace.model.Article;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;

/**
 * Tokenises an article's reading text ({@link Article#readingText()}) paragraph by paragraph (so
 * quotation marks spanning sentences are tracked) and hands each sentence its tokens. Thread-safe.
 */
public final class SentenceTokens {

  private final WordTokenizer tokenizer = new WordTokenizer();

  /**
   * Returns the tokens of every sentence of an article, indexed like {@link Article#sentences()}.
   *
   * @param article the article
   * @return one token list per sentence
   */
  public List<List<Token>> of(Article article) {
    List<List<Token>> out = new ArrayList<>(article.sentences().size());
    List<Token> paragraphTokens = List.of();
    int paragraph = -1;
    String text = article.readingText();
    for (Sentence s : article.sentences()) {
      if (s.paragraph() != paragraph && s.paragraph() < article.paragraphs().size()) {
        paragraph = s.paragraph();
        Span p = article.paragraphs().get(paragraph);
        paragraphTokens = tokenizer.tokenize(p.of(text), p.start());
      }
      out.add(inside(paragraphTokens, s.span()));
    }
    return out;
  }

  private static List<Token> inside(List<Token> tokens, Span span) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (span.contains(t.span())) {
        out.add(t);
      }
    }
    return out;
  }
}
