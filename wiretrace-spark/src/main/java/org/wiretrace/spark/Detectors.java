package org.wiretrace.spark;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.wiretrace.align.LexicalEmbedder;
import org.wiretrace.detect.DetectorConfig;
import org.wiretrace.detect.ReuseDetector;

/**
 * Builds the core {@link ReuseDetector} from the job's {@code --set} settings, once per executor JVM
 * and settings (the detector is thread-safe and caches article analyses). The embedder is the core
 * {@link LexicalEmbedder}: the Spark job depends on core and ingest only.
 */
public final class Detectors {

  /** Settings accepted by {@code --set}. */
  public static final Set<String> KEYS = Set.of("seed", "lshThreshold", "termLimit", "neighboursPerSentence");

  private static final Map<Map<String, String>, ReuseDetector> CACHE = new ConcurrentHashMap<>();

  private Detectors() {}

  /**
   * Returns the detector for the settings (shared within this JVM).
   *
   * @param settings {@code --set} values by key
   * @return the detector
   */
  public static ReuseDetector get(Map<String, String> settings) {
    return CACHE.computeIfAbsent(new TreeMap<>(settings), s -> new ReuseDetector(config(s), new LexicalEmbedder()));
  }

  /**
   * Returns the detector config for the settings; unset keys keep the core defaults.
   *
   * @param settings {@code --set} values by key
   * @return the config
   * @throws IllegalArgumentException naming an unknown key or a bad value
   */
  public static DetectorConfig config(Map<String, String> settings) {
    for (String key : settings.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("--set " + key + " is not a known setting; use one of " + new TreeMap<>(
            Map.of("seed", "", "lshThreshold", "", "termLimit", "", "neighboursPerSentence", "")).keySet());
      }
    }
    DetectorConfig defaults = DetectorConfig.defaults();
    DetectorConfig.Builder b = DetectorConfig.builder();
    if (settings.containsKey("seed")) {
      b.seed(Long.parseLong(settings.get("seed")));
    }
    if (settings.containsKey("lshThreshold")) {
      b.lsh(Double.parseDouble(settings.get("lshThreshold")), 0.3, 0.7);
    }
    int terms = Integer.parseInt(settings.getOrDefault("termLimit", String.valueOf(defaults.termLimit())));
    int neighbours = Integer.parseInt(settings.getOrDefault("neighboursPerSentence",
        String.valueOf(defaults.neighboursPerSentence())));
    return b.candidates(terms, neighbours).build();
  }
}
