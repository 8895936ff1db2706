package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentenceProfile;
import org.wiretrace.align.Vectors;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.internal.Hashing;
import org.wiretrace.model.Article;
import org.wiretrace.model.Sentence;
import org.wiretrace.sketch.AnchorSketcher;
import org.wiretrace.sketch.MinHashSignature;
import org.wiretrace.sketch.MinHasher;
import org.wiretrace.sketch.Shingler;
import org.wiretrace.text.SentenceTokens;
import org.wiretrace.text.Token;

/**
 * Computes an {@link ArticleAnalysis} once per article: tokens per sentence, sentence vectors,
 * profiles, word shingles and their MinHash signature, and the fingerprint terms of all candidate
 * tiers (LSH band keys, anchor pairs, spot signatures). Thread-safe.
 */
final class ArticleAnalyzer {

  private final SentenceTokens sentenceTokens = new SentenceTokens();
  private final SentenceEmbedder embedder;
  private final Shingler shingler;
  private final MinHasher minHasher;
  private final AnchorSketcher anchors;

  ArticleAnalyzer(DetectorConfig config, SentenceEmbedder embedder) {
    this.embedder = embedder;
    this.shingler = new Shingler(config.sketch().shingleSize(), config.seed());
    this.minHasher = new MinHasher(config.sketch());
    this.anchors = new AnchorSketcher(config.seed());
  }

  ArticleAnalysis analyze(Article article) {
    List<List<Token>> tokens = sentenceTokens.of(article);
    List<Sentence> body = article.bodySentences();
    List<float[]> vectors = vectors(body, tokens);
    List<SentenceProfile> profiles = new ArrayList<>(body.size());
    List<String> words = new ArrayList<>();
    TreeSet<String> terms = new TreeSet<>();
    TreeSet<Long> entities = new TreeSet<>();
    for (int k = 0; k < body.size(); k++) {
      Sentence s = body.get(k);
      List<Token> sentence = tokens.get(s.index());
      profiles.add(SentenceProfile.of(s, sentence, vectors.get(k)));
      anchors.anchorPairs(sentence, terms);
      anchors.spotSignatures(sentence, terms);
      collect(sentence, words, entities);
    }
    MinHashSignature signature = minHasher.signature(shingler.shingles(words));
    if (!words.isEmpty()) {
      terms.addAll(minHasher.bandKeys(signature));
    }
    Fingerprints fingerprints = new Fingerprints(terms, vectors, config().stamp() + ":" + embedder.modelName());
    return new ArticleAnalysis(article, profiles, signature, fingerprints, toArray(entities),
        Vectors.mean(vectors, embedder.dimensions()));
  }

  private org.wiretrace.sketch.SketchParams config() {
    return minHasher.params();
  }

  private List<float[]> vectors(List<Sentence> body, List<List<Token>> tokens) {
    if (embedder instanceof LexicalEmbedder lexical) {
      List<float[]> out = new ArrayList<>(body.size());
      for (Sentence s : body) {
        out.add(lexical.embedTokens(tokens.get(s.index())));
      }
      return out;
    }
    List<String> texts = new ArrayList<>(body.size());
    for (Sentence s : body) {
      texts.add(s.text());
    }
    return texts.isEmpty() ? List.of() : embedder.embed(texts);
  }

  private static void collect(List<Token> sentence, List<String> words, TreeSet<Long> entities) {
    for (int i = 0; i < sentence.size(); i++) {
      Token t = sentence.get(i);
      words.add(t.norm());
      if (t.anchor(i == 0) && !t.number()) {
        entities.add(Hashing.mix64(t.stem().hashCode()));
      }
    }
  }

  private static long[] toArray(TreeSet<Long> values) {
    long[] out = new long[values.size()];
    int i = 0;
    for (long v : values) {
      out[i++] = v;
    }
    return Arrays.copyOf(out, i);
  }
}
