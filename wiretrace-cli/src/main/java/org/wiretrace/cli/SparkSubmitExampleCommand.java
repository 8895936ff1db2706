package org.wiretrace.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wiretrace spark-submit-example}: prints how to run the Spark job. The text is the
 * "Submit" and "Knobs that matter" sections of docs/SPARK.md, which the build copies into the jar,
 * so the command and the document cannot drift apart. The CLI has no Spark dependency.
 */
@Command(
    name = "spark-submit-example",
    mixinStandardHelpOptions = true,
    header = "Print the spark-submit command for the Spark job and the knobs that matter.",
    description = {
      "Prints the spark-submit commands (YARN, Kubernetes, standalone), the job's arguments and its "
          + "tuning knobs, as in docs/SPARK.md. Build the job jar with "
          + "'./mvnw -B -pl wiretrace-spark -am package -DskipTests'.",
      ""
    })
final class SparkSubmitExampleCommand implements Callable<Integer> {

  /** The copy of docs/SPARK.md on the class path. */
  static final String RESOURCE = "SPARK.md";

  /** The sections of docs/SPARK.md that are printed, in this order. */
  static final List<String> SECTIONS = List.of("Build", "Submit", "Knobs that matter");

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> lines = document().lines().toList();
    for (String section : SECTIONS) {
      out.println(section(lines, section));
    }
    out.println("More: docs/SPARK.md (outputs, how the job matches the embedded run, skew, throughput).");
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Returns one {@code ## } section of the document without its code fences.
   *
   * @param lines the document's lines
   * @param title the section title
   * @return the heading and the section's text
   * @throws IllegalStateException when the section is missing (the build copied another document)
   */
  static String section(List<String> lines, String title) {
    int start = lines.indexOf("## " + title);
    if (start < 0) {
      throw new IllegalStateException("docs/SPARK.md has no '## " + title + "' section; keep the section "
          + "titles in sync with SparkSubmitExampleCommand.SECTIONS");
    }
    List<String> kept = new ArrayList<>(List.of(title + ":"));
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      if (!lines.get(i).startsWith("```")) {
        kept.add(lines.get(i));
      }
    }
    return String.join("\n", kept).stripTrailing() + "\n";
  }

  private static String document() throws IOException {
    try (InputStream in = SparkSubmitExampleCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path; rebuild wiretrace-cli");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
