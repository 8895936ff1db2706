package org.wiretrace.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable hashes used for content ids and fingerprints. Not API. */
public final class Hashing {

  private Hashing() {}

  /**
   * Returns the lower-case hex SHA-256 of the UTF-8 bytes of a text.
   *
   * @param text the text
   * @return 64 hex characters
   */
  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256, which every Java platform must have", e);
    }
  }

  /**
   * Mixes a 64-bit value (SplitMix64 finalizer): fast, well spread, deterministic.
   *
   * @param z the value
   * @return the mixed value
   */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns a 64-bit FNV-1a hash of a character sequence, mixed with a seed.
   *
   * @param text the characters
   * @param seed the seed
   * @return the hash
   */
  public static long hash64(CharSequence text, long seed) {
    long h = 0xcbf29ce484222325L ^ mix64(seed);
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix64(h);
  }
}
