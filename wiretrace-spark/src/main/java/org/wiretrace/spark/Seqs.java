package org.wiretrace.spark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Conversions between Java lists and the Scala sequences Spark rows hold for array columns. */
final class Seqs {

  private Seqs() {}

  /** Returns a Scala sequence view of the values, for an array column of a row. */
  static scala.collection.Seq<Object> of(Collection<?> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<Object>(values));
  }

  /** Returns a Java list of an array column's values. */
  @SuppressWarnings("unchecked")
  static <T> List<T> list(Object seq) {
    return seq == null ? List.of() : new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(
        (scala.collection.Seq<T>) seq));
  }
}
