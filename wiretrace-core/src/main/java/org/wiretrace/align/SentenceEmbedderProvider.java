package org.wiretrace.align;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Service-provider interface: lets an adapter module (such as {@code wiretrace-embed}) offer a
 * {@link SentenceEmbedder} to composition roots that only see it at run time. Implementations are
 * listed in {@code META-INF/services/org.wiretrace.align.SentenceEmbedderProvider} and found with
 * {@link ServiceLoader}. Callers fall back to a dependency-free embedder when {@link #discover()}
 * finds nothing available.
 *
 * <p>An embedder returned by {@link #create()} may hold native resources: if it is also an {@link
 * AutoCloseable}, whoever created it closes it.
 */
public interface SentenceEmbedderProvider {

  /**
   * Returns a short stable name of the provider, for logs and settings.
   *
   * @return e.g. {@code onnx-minilm}
   */
  String name();

  /**
   * Returns the preference among available providers; the highest wins.
   *
   * @return the priority
   */
  int priority();

  /**
   * Tells whether the provider can create its embedder here (model files and native libraries
   * present). Must be cheap and must not load the model.
   *
   * @return true when {@link #create()} is expected to succeed
   */
  boolean available();

  /**
   * Creates the embedder, loading its model.
   *
   * @return a new embedder
   * @throws IllegalStateException when the model cannot be loaded
   */
  SentenceEmbedder create();

  /**
   * Returns the available providers on the class path, best first (priority, then name).
   *
   * @return the providers whose {@link #available()} is true
   */
  static List<SentenceEmbedderProvider> discover() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /**
   * Returns the available providers visible to a class loader, best first (priority, then name).
   *
   * @param loader the class loader to search
   * @return the providers whose {@link #available()} is true
   */
  static List<SentenceEmbedderProvider> discover(ClassLoader loader) {
    return ServiceLoader.load(SentenceEmbedderProvider.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .filter(SentenceEmbedderProvider::available)
        .sorted(
            Comparator.comparingInt(SentenceEmbedderProvider::priority)
                .reversed()
                .thenComparing(SentenceEmbedderProvider::name))
        .toList();
  }

  /**
   * Returns the best available provider, if any.
   *
   * @return the first of {@link #discover()}
   */
  static Optional<SentenceEmbedderProvider> best() {
    return discover().stream().findFirst();
  }
}
