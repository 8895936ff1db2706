package org.wiretrace.bench;

import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the JMH benchmarks; arguments are JMH's (e.g. a class name regex, {@code -f 1 -i 3}). Run:
 *
 * <pre>
 * ./mvnw -B -o -pl wiretrace-bench -am package -DskipTests
 * java -cp "$(cat wiretrace-bench/target/classpath.txt):wiretrace-bench/target/classes" \
 *   org.wiretrace.bench.BenchMain TextBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s
 * </pre>
 */
public final class BenchMain {

  private BenchMain() {}

  /**
   * Delegates to {@code org.openjdk.jmh.Main}.
   *
   * @param args JMH arguments
   * @throws RunnerException when a benchmark fails
   * @throws java.io.IOException when JMH cannot read its benchmark list
   */
  public static void main(String[] args) throws RunnerException, java.io.IOException {
    org.openjdk.jmh.Main.main(args);
  }
}
