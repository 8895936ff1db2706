package org.wiretrace.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given to ingest into files, in a deterministic order: files as given, folders
 * walked recursively, globs such as {@code data/*.jsonl} or {@code crawl/**.warc.gz} matched. Each
 * expansion is sorted by path; hidden files and folders (names starting with a dot) are skipped in
 * walks. A path that matches nothing becomes a problem.
 */
final class InputPaths {

  private InputPaths() {}

  /**
   * Expands the inputs.
   *
   * @param inputs paths, folders or glob patterns
   * @param log where missing paths are recorded
   * @return the files, without duplicates, in order
   * @throws IOException when a folder cannot be walked
   */
  static List<Path> resolve(List<String> inputs, IngestLog log) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (String input : inputs) {
      List<Path> found = resolve(input);
      if (found.isEmpty()) {
        log.add(notFound(input));
      }
      files.addAll(found);
    }
    return new ArrayList<>(files);
  }

  private static List<Path> resolve(String input) throws IOException {
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return walk(path, Integer.MAX_VALUE, p -> true);
    }
    if (Files.exists(path) || !isGlob(input)) {
      return Files.exists(path) ? List.of(path) : List.of();
    }
    return glob(input);
  }

  private static List<Path> glob(String pattern) throws IOException {
    String normalised = pattern.replace('\\', '/');
    String[] parts = normalised.split("/");
    int literal = 0;
    while (literal < parts.length - 1 && !isGlob(parts[literal])) {
      literal++;
    }
    String base = String.join("/", java.util.Arrays.copyOf(parts, literal));
    Path root = Path.of(base.isEmpty() && normalised.startsWith("/") ? "/" : base);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    int depth = normalised.contains("**") ? Integer.MAX_VALUE : parts.length - literal;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalised);
    return walk(root, depth, p -> matcher.matches(p) || matcher.matches(p.normalize()));
  }

  private static List<Path> walk(Path root, int depth, java.util.function.Predicate<Path> accept)
      throws IOException {
    try (Stream<Path> paths = Files.walk(root, depth)) {
      return paths
          .filter(p -> !isHidden(root.relativize(p)))
          .filter(Files::isRegularFile)
          .filter(accept)
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean isGlob(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0
        || text.indexOf('{') >= 0;
  }

  private static IngestProblem notFound(String input) {
    boolean glob = isGlob(input) && !Files.exists(Path.of(input));
    return new IngestProblem(input, null, null, null,
        glob ? ProblemReason.NO_MATCH : ProblemReason.PATH_NOT_FOUND,
        glob ? "pattern matched no file" : "no such file or folder",
        glob ? "check the pattern; quote it so the shell does not expand it" : "check the path and spelling");
  }
}
