package org.wiretrace.eval.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads true relations (JSON Lines) and predicted ones (a report's JSON). */
public final class RelationFiles {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RelationFiles() {}

  /** Labels read from a file, and the lines that could not be used. */
  public record Labels(List<RelationLabel> labels, List<String> badLines) {
    /** Copies the lists. */
    public Labels {
      labels = List.copyOf(labels);
      badLines = List.copyOf(badLines);
    }
  }

  /**
   * Reads labels, one JSON object per line with {@code source}, {@code derived} and {@code kind};
   * other fields are ignored, blank lines skipped, bad lines reported and skipped.
   *
   * @param file the JSON Lines file
   * @return the labels and the bad lines
   * @throws IOException when the file cannot be read
   */
  public static Labels readLabels(Path file) throws IOException {
    List<RelationLabel> labels = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          parse(line, number, labels, bad);
        }
      }
    }
    return new Labels(labels, bad);
  }

  private static void parse(String line, int number, List<RelationLabel> labels, List<String> bad) {
    try {
      JsonNode node = MAPPER.readTree(line);
      labels.add(new RelationLabel(text(node, "source"), text(node, "derived"), text(node, "kind")));
    } catch (IOException | IllegalArgumentException e) {
      bad.add("line " + number + ": " + e.getMessage());
    }
  }

  /**
   * Reads the relations of a report written with {@code --format json}.
   *
   * @param file the report
   * @return the predicted relations
   * @throws IOException when the file cannot be read or is not a report
   */
  public static List<RelationLabel> readReport(Path file) throws IOException {
    JsonNode relations = MAPPER.readTree(file.toFile()).path("relations");
    if (!relations.isArray()) {
      throw new IOException(file + " has no \"relations\" array; give a report written with --format json");
    }
    List<RelationLabel> predicted = new ArrayList<>();
    for (JsonNode r : relations) {
      JsonNode via = r.get("via");
      predicted.add(new RelationLabel(text(r, "source"), text(r, "derived"), text(r, "kind"),
          via != null && via.isTextual() ? via.asText() : null));
    }
    return predicted;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("field \"" + field + "\" is missing or not a string");
    }
    return value.asText();
  }
}
