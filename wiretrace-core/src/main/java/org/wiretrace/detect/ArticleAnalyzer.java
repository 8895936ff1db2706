package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * tiers (LSH band keys, anchor pairs, spot signatures). Terms are gathered as 64-bit hashes and
 * rendered as strings once, at the end. Thread-safe.
 */
final class ArticleAnalyzer {

  private final SentenceTokens sentenceTokens = new SentenceTokens();
  private final SentenceEmbedder embedder;
  private final Shingler shingler;
  private final MinHasher minHasher;
  private final AnchorSketcher anchors;
  private final String stamp;
  private final long seed;

  ArticleAnalyzer(DetectorConfig config, SentenceEmbedder embedder) {
    this.embedder = embedder;
    this.shingler = new Shingler(config.sketch().shingleSize(), config.seed());
    this.minHasher = new MinHasher(config.sketch());
    this.anchors = new AnchorSketcher(config.seed());
    this.stamp = ReuseDetector.paramsStamp(config, embedder);
    this.seed = Hashing.mix64(config.seed());
  }

  ArticleAnalysis analyze(Article article) {
    return analyze(article, Map.of());
  }

  /**
   * Analyses an article whose sentence vectors may have been embedded ahead ({@link #embedAhead}); a
   * body sentence missing from {@code embedded} sends the article's sentences to the embedder as usual.
   * The result equals {@link #analyze(Article)}: embedders give a text the same vector in any batch.
   */
  ArticleAnalysis analyze(Article article, Map<String, float[]> embedded) {
    List<List<Token>> tokens = sentenceTokens.of(article);
    List<Sentence> body = article.bodySentences();
    List<float[]> vectors = vectors(body, tokens, embedded);
    List<SentenceProfile> profiles = new ArrayList<>(body.size());
    LongBuffer words = new LongBuffer();
    LongBuffer anchorTerms = new LongBuffer();
    LongBuffer spotTerms = new LongBuffer();
    LongBuffer entities = new LongBuffer();
    LongBuffer leadNames = new LongBuffer();
    for (int k = 0; k < body.size(); k++) {
      Sentence s = body.get(k);
      List<Token> sentence = tokens.get(s.index());
      profiles.add(SentenceProfile.of(s, sentence, vectors.get(k)));
      anchors.anchorPairs(sentence, anchorTerms::add);
      anchors.spotSignatures(sentence, spotTerms::add);
      collect(sentence, words, entities);
      if (k == 0) {
        names(sentence, leadNames);
      }
    }
    MinHashSignature signature = minHasher.signature(shingler.shingles(words.toArray()));
    TreeSet<String> terms = new TreeSet<>();
    if (words.size > 0) {
      terms.addAll(minHasher.bandKeys(signature));
    }
    for (long h : anchorTerms.distinct()) {
      terms.add(AnchorSketcher.term('a', h));
    }
    for (long h : spotTerms.distinct()) {
      terms.add(AnchorSketcher.term('s', h));
    }
    return new ArticleAnalysis(article, profiles, signature, new Fingerprints(terms, vectors, stamp),
        entities.distinct(), Vectors.mean(vectors, embedder.dimensions()), leadNames.distinct());
  }

  /**
   * Embeds the distinct body sentences of several articles in one call, so that a sentence that
   * several of them share (a syndicated copy, a duplicate) is embedded once, and the embedder's
   * workers are kept busy by one long list instead of many short ones. Nothing is embedded ahead for
   * the lexical embedder, which works on the tokens the analysis makes anyway.
   *
   * @return each distinct body sentence's vector; empty for the lexical embedder
   */
  Map<String, float[]> embedAhead(List<Article> articles) {
    if (embedder instanceof LexicalEmbedder) {
      return Map.of();
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (Article article : articles) {
      distinct.addAll(texts(article.bodySentences()));
    }
    List<String> texts = List.copyOf(distinct);
    List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embed(texts);
    Map<String, float[]> out = new HashMap<>(2 * texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.put(texts.get(i), vectors.get(i));
    }
    return out;
  }

  private List<float[]> vectors(List<Sentence> body, List<List<Token>> tokens, Map<String, float[]> embedded) {
    if (embedder instanceof LexicalEmbedder lexical) {
      List<float[]> out = new ArrayList<>(body.size());
      for (Sentence s : body) {
        out.add(lexical.embedTokens(tokens.get(s.index())));
      }
      return out;
    }
    List<String> texts = texts(body);
    if (embedded.keySet().containsAll(texts)) {
      return texts.stream().map(embedded::get).toList();
    }
    return texts.isEmpty() ? List.of() : embedder.embed(texts);
  }

  private static List<String> texts(List<Sentence> body) {
    List<String> texts = new ArrayList<>(body.size());
    for (Sentence s : body) {
      texts.add(s.text());
    }
    return texts;
  }

  private void collect(List<Token> sentence, LongBuffer words, LongBuffer entities) {
    for (Token t : sentence) {
      words.add(Hashing.mix64(t.norm().hashCode() ^ seed));
    }
    names(sentence, entities);
  }

  /**
   * Returns an article's names as {@link ArticleAnalysis#entities()} holds them, without the costlier
   * steps of {@link #analyze} (no sentence vectors).
   */
  long[] names(Article article) {
    List<List<Token>> tokens = sentenceTokens.of(article);
    LongBuffer entities = new LongBuffer();
    for (Sentence s : article.bodySentences()) {
      names(tokens.get(s.index()), entities);
    }
    return entities.distinct();
  }

  /** Names are anchors that are not numbers: capitalised words that do not open their sentence. */
  private static void names(List<Token> sentence, LongBuffer entities) {
    for (int i = 0; i < sentence.size(); i++) {
      Token t = sentence.get(i);
      if (t.anchor(i == 0) && !t.number()) {
        entities.add(t.stemHash());
      }
    }
  }

  /** A growable primitive long array. */
  private static final class LongBuffer {
    long[] values = new long[64];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }

    long[] distinct() {
      long[] copy = toArray();
      Arrays.sort(copy);
      int n = 0;
      for (int i = 0; i < copy.length; i++) {
        if (i == 0 || copy[i] != copy[i - 1]) {
          copy[n++] = copy[i];
        }
      }
      return Arrays.copyOf(copy, n);
    }
  }
}
