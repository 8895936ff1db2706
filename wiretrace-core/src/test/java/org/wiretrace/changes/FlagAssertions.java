package org.wiretrace.changes;

import java.util.List;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Span;

/** Shared helpers for the change-flag tests: flag invented sentence pairs and filter by kind. */
final class FlagAssertions {

  private static final ChangeFlagger FLAGGER = new ChangeFlagger();

  private FlagAssertions() {}

  static List<Change> flags(String source, String derived) {
    return FLAGGER.flag(Passage.of(source), Passage.of(derived));
  }

  static List<Change> flags(String source, String derived, ChangeKind kind) {
    return flags(source, derived).stream().filter(c -> c.kind() == kind).toList();
  }

  /** Flags with both passages embedded mid-article and published on the given ISO day. */
  static List<Change> flagsPublished(String source, String derived, String day) {
    PublishedTime time = PublishedTime.parse(day, "metadata").orElseThrow();
    String prefix = "Intro sentence here. ";
    String st = prefix + source + " Tail.";
    String dt = prefix + prefix + derived + " Tail.";
    Passage s = new Passage(st, new Span(prefix.length(), prefix.length() + source.length()), time);
    Passage d = new Passage(dt, new Span(2 * prefix.length(), 2 * prefix.length() + derived.length()), time);
    return FLAGGER.flag(s, d);
  }
}
