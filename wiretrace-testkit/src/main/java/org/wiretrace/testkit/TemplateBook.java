package org.wiretrace.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The generator's templates, read from {@code story-templates.txt}: generic sentences usable for
 * any story, quote templates, and the topics.
 *
 * @param generic templates for any story
 * @param quotes quotation templates (rendered once per story)
 * @param topics the event kinds, in file order
 */
record TemplateBook(List<Template> generic, List<Template> quotes, List<Topic> topics) {

  /** Loads the book from the class path. */
  static TemplateBook load() {
    Map<String, List<String>> sections = Resources.sections("story-templates.txt");
    List<Topic> topics = new ArrayList<>();
    for (Map.Entry<String, List<String>> section : sections.entrySet()) {
      if (section.getKey().startsWith("topic ")) {
        topics.add(topic(section.getKey().substring(6).strip(), section.getValue()));
      }
    }
    return new TemplateBook(templates("generic", sections.get("generic")),
        templates("quote", sections.get("quotes")), List.copyOf(topics));
  }

  private static List<Template> templates(String prefix, List<String> lines) {
    List<Template> out = new ArrayList<>();
    for (String line : Objects.requireNonNull(lines, prefix)) {
      out.add(Template.parse(prefix + ":" + out.size(), line));
    }
    return List.copyOf(out);
  }

  private static Topic topic(String key, List<String> lines) {
    Map<String, List<String>> settings = new LinkedHashMap<>();
    Map<String, List<Template>> templates = new LinkedHashMap<>();
    for (String line : lines) {
      int colon = line.indexOf(": ");
      String name = line.substring(0, colon);
      String value = line.substring(colon + 2).strip();
      if (name.equals("lede") || name.equals("detail") || name.equals("headline")) {
        List<Template> list = templates.computeIfAbsent(name, n -> new ArrayList<>());
        list.add(Template.parse(key + ":" + name + ":" + list.size(), value));
      } else {
        settings.put(name, Arrays.stream(value.split("\\|")).map(String::strip).toList());
      }
    }
    return new Topic(key, settings, templates.get("headline"), templates.get("lede"), templates.get("detail"));
  }

  /** Reads sectioned resource files ("[name]" headers, "#" comments, blank lines ignored). */
  static final class Resources {
    private Resources() {}

    static Map<String, List<String>> sections(String name) {
      Map<String, List<String>> sections = new LinkedHashMap<>();
      List<String> current = null;
      for (String line : lines(name)) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (s.startsWith("[") && s.endsWith("]") && !s.contains("|")) {
          current = new ArrayList<>();
          sections.put(s.substring(1, s.length() - 1), current);
        } else if (current != null) {
          current.add(s);
        }
      }
      return sections;
    }

    private static List<String> lines(String name) {
      try (InputStream in = TemplateBook.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("resource " + name + " is missing from wiretrace-testkit");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
