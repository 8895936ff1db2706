package org.wiretrace.embed;

/**
 * Keeps DJL from reaching the network. The tokenizer's native library is inside its jar and is
 * extracted to a cache directory (under the home directory, or {@code DJL_CACHE_DIR} when set);
 * {@code ai.djl.offline=true} makes DJL fail instead of downloading when something is missing.
 */
final class OfflineSettings {

  private static final String OFFLINE = "ai.djl.offline";

  private OfflineSettings() {}

  /** Sets {@code ai.djl.offline=true} unless the user already chose a value. */
  static void apply() {
    if (System.getProperty(OFFLINE) == null) {
      System.setProperty(OFFLINE, "true");
    }
  }
}
