package org.wiretrace.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.sketch.MinHashSignature;
import org.wiretrace.sketch.MinHasher;
import org.wiretrace.sketch.Shingler;
import org.wiretrace.sketch.SketchParams;
import org.wiretrace.text.Token;
import org.wiretrace.text.WordTokenizer;

/**
 * Per-article text hot paths: normalising tokenizer, word 5-gram shingling, MinHash signature and
 * LSH band keys, over article sizes. Run:
 *
 * <pre>
 * java -cp "$(cat wiretrace-bench/target/classpath.txt):wiretrace-bench/target/classes" \
 *   org.openjdk.jmh.Main TextBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TextBenchmark {

  /** Words per article. */
  @Param({"150", "600", "2400"})
  public int words;

  private String text = "";
  private final WordTokenizer tokenizer = new WordTokenizer();
  private List<String> stems = List.of();
  private Shingler shingler = new Shingler(5, BenchData.SEED);
  private MinHasher hasher = new MinHasher(DetectorConfig.defaults().sketch());
  private long[] shingles = new long[0];
  private MinHashSignature signature = hasher.signature(new long[] {1});

  /** Generates one base article of the size and precomputes each stage's input. */
  @Setup
  public void setUp() {
    text = BenchData.articles(1, words).get(0).text();
    stems = tokenizer.tokenize(text, 0).stream().map(Token::stem).toList();
    SketchParams params = DetectorConfig.defaults().sketch();
    shingler = new Shingler(params.shingleSize(), params.seed());
    hasher = new MinHasher(params);
    shingles = shingler.shingles(stems);
    signature = hasher.signature(shingles);
  }

  /**
   * Tokenizes and normalises the article.
   *
   * @return the tokens
   */
  @Benchmark
  public List<Token> tokenize() {
    return tokenizer.tokenize(text, 0);
  }

  /**
   * Hashes the word 5-gram shingles.
   *
   * @return the shingle hashes
   */
  @Benchmark
  public long[] shingle() {
    return shingler.shingles(stems);
  }

  /**
   * Computes the MinHash signature of the shingles.
   *
   * @return the signature
   */
  @Benchmark
  public MinHashSignature minhash() {
    return hasher.signature(shingles);
  }

  /**
   * Derives the LSH band keys of a signature.
   *
   * @return the band keys
   */
  @Benchmark
  public List<String> bandKeys() {
    return hasher.bandKeys(signature);
  }
}
