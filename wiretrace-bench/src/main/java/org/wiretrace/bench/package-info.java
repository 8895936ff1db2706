/**
 * JMH benchmarks of the detector's hot paths. Not run by {@code ./mvnw verify}: build with
 * {@code ./mvnw -B -o -pl wiretrace-bench -am package -DskipTests}, then run
 * {@code java -cp "$(cat wiretrace-bench/target/classpath.txt):wiretrace-bench/target/classes" org.openjdk.jmh.Main Tokenize -f 1 -wi 2 -i 3}
 * (or {@link org.wiretrace.bench.BenchMain}).
 */
@NullMarked
package org.wiretrace.bench;

import org.jspecify.annotations.NullMarked;
