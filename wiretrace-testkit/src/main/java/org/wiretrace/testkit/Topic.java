package org.wiretrace.testkit;

import java.util.List;

/**
 * One kind of news event the generator can write about, with its own wording and templates.
 *
 * @param key short name, e.g. {@code flood}
 * @param settings single-valued and alternative-valued settings ("event", "affected", "org", ...)
 * @param headlines headline templates
 * @param ledes opening-sentence templates
 * @param details event-specific sentence templates
 */
record Topic(String key, java.util.Map<String, List<String>> settings, List<Template> headlines,
    List<Template> ledes, List<Template> details) {

  /** Returns the alternatives of a setting; fails naming the topic and the key when absent. */
  List<String> setting(String name) {
    List<String> values = settings.get(name);
    if (values == null || values.isEmpty()) {
      throw new IllegalStateException("topic " + key + " lacks the setting '" + name
          + "' in story-templates.txt; add a line '" + name + ": ...'");
    }
    return values;
  }

  /** Returns the first alternative of a setting. */
  String first(String name) {
    return setting(name).get(0);
  }

  /** Returns the integer range {@code lo-hi} of a setting as a two-element array. */
  int[] range(String name) {
    String[] parts = first(name).split("-");
    return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
  }
}
