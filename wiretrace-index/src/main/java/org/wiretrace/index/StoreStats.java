package org.wiretrace.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ChromeKind;

/**
 * What {@code wiretrace stats} shows about a store.
 *
 * @param path the store directory
 * @param articles stored articles
 * @param outlets articles per outlet name, sorted by name
 * @param articlesWithoutOutlet articles with no outlet
 * @param earliestPublished earliest published instant, or null when no article has one
 * @param latestPublished latest published instant, or null when no article has one
 * @param articlesWithoutPublished articles with no published time
 * @param sentences sentences over all articles
 * @param strippedChrome stripped chrome lines by kind, in {@link ChromeKind} order; kinds never seen are absent
 * @param fingerprintedArticles articles with fingerprints in the candidate index
 * @param candidateSentenceVectors sentence vectors in the candidate index
 * @param cachedEmbeddings sentence vectors in the embedding cache
 * @param judgedPairs article pairs whose judgement the store keeps (made at ingest and by reports)
 * @param bytesOnDisk size of all files under the store directory
 * @param schemaVersion the store's schema version
 * @param paramsStamp the sketch params stamp of the candidate index
 */
public record StoreStats(
    Path path,
    int articles,
    SortedMap<String, Integer> outlets,
    int articlesWithoutOutlet,
    @Nullable Instant earliestPublished,
    @Nullable Instant latestPublished,
    int articlesWithoutPublished,
    long sentences,
    Map<ChromeKind, Integer> strippedChrome,
    int fingerprintedArticles,
    long candidateSentenceVectors,
    int cachedEmbeddings,
    int judgedPairs,
    long bytesOnDisk,
    int schemaVersion,
    String paramsStamp) {

  /** Copies the maps into immutable sorted ones. */
  public StoreStats {
    outlets = Collections.unmodifiableSortedMap(new TreeMap<>(outlets));
    strippedChrome = strippedChrome.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(strippedChrome));
  }
}
