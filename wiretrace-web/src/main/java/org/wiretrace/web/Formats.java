package org.wiretrace.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.report.Relation;

/** How numbers, times and relation kinds read on the pages. */
final class Formats {

  private Formats() {}

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  static String kind(Relation r) {
    return r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A publication time as {@code 2026-03-02 08:00}, or the date alone. */
  static String time(@Nullable PublishedTime p) {
    if (p == null) {
      return "";
    }
    String iso = p.iso().replace('T', ' ');
    return p.dateOnly() || iso.length() < 16 ? iso.substring(0, Math.min(10, iso.length())) : iso.substring(0, 16);
  }

  /** Outlet and time, e.g. {@code wire.example · 2026-03-02 08:00}. */
  static String caption(Article a) {
    String outlet = a.outlet() == null ? "unknown outlet" : a.outlet().name();
    String time = time(a.published());
    return time.isEmpty() ? outlet : outlet + " · " + time;
  }

  static String compareHref(String source, String derived) {
    return "/compare?a=" + ArticlePageView.encode(source) + "&b=" + ArticlePageView.encode(derived);
  }

  static String storyHref(String storyId) {
    return "/stories/" + ArticlePageView.encode(storyId);
  }
}
