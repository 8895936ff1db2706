package org.wiretrace.eval.pairs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.text.Token;
import org.wiretrace.text.WordTokenizer;

/**
 * Builds the engine's own {@link SentenceProfile}s for standalone labelled sentences, the way the
 * detector builds them for article sentences: the same tokenizer, and the same vectors (the
 * {@link LexicalEmbedder} from the tokens, any other embedder from the text). Distinct texts are
 * embedded once, in chunks. Not thread-safe.
 */
final class EngineProfiles {

  private static final int CHUNK = 256;

  private final WordTokenizer tokenizer = new WordTokenizer();
  private final SentenceEmbedder embedder;

  /**
   * Creates a profiler.
   *
   * @param embedder the sentence embedder
   */
  EngineProfiles(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  /**
   * Returns the profiles of both sides of every pair.
   *
   * @param pairs the pairs
   * @return profiles by text
   */
  Map<String, SentenceProfile> of(List<LabelledPair> pairs) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (LabelledPair p : pairs) {
      distinct.add(p.first());
      distinct.add(p.second());
    }
    List<String> texts = new ArrayList<>(distinct);
    Map<String, SentenceProfile> out = new HashMap<>();
    for (int start = 0; start < texts.size(); start += CHUNK) {
      List<String> chunk = texts.subList(start, Math.min(texts.size(), start + CHUNK));
      List<List<Token>> tokens = chunk.stream().map(t -> tokenizer.tokenize(t, 0)).toList();
      List<float[]> vectors = vectors(chunk, tokens);
      for (int k = 0; k < chunk.size(); k++) {
        String text = chunk.get(k);
        Sentence sentence = new Sentence(0, 0, new Span(0, text.length()), text, false);
        out.put(text, SentenceProfile.of(sentence, tokens.get(k), vectors.get(k)));
      }
    }
    return out;
  }

  private List<float[]> vectors(List<String> texts, List<List<Token>> tokens) {
    if (embedder instanceof LexicalEmbedder lexical) {
      return tokens.stream().map(lexical::embedTokens).toList();
    }
    return embedder.embed(texts);
  }
}
