package org.wiretrace.model;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The publisher of an article, e.g. {@code reuters.com}. Never called "source": that word is kept for
 * the direction of reuse.
 *
 * @param name normalised outlet name (lower case, no leading {@code www.})
 */
public record Outlet(String name) implements Comparable<Outlet> {

  /** Normalises the name. */
  public Outlet {
    Objects.requireNonNull(name, "name");
    name = name.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("www.")) {
      name = name.substring(4);
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("outlet name is blank; give a publisher name or leave it unset");
    }
  }

  /**
   * Derives the outlet from a URL's host.
   *
   * @param url an absolute URL, may be null
   * @return the outlet, or null when the URL is missing or has no host
   */
  public static @Nullable Outlet fromUrl(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null || host.isBlank() ? null : new Outlet(host);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public int compareTo(Outlet other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
