package org.wiretrace.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the paths given to ingest into files, in a deterministic order: files as given, folders
 * walked recursively, globs such as {@code data/*.jsonl} or {@code crawl/**.warc.gz} matched. Each
 * expansion is sorted by path; hidden files and folders (names starting with a dot) are skipped in
 * walks. A path that matches nothing becomes a problem. A file found under a folder (or a glob's
 * folder) carries its folder path relative to that root as id prefix ({@code sport/}), so files of
 * the same name in different folders get different ids; a file given directly has none.
 */
final class InputPaths {

  private InputPaths() {}

  /**
   * One file to read.
   *
   * @param path the file
   * @param idPrefix its folder relative to the walked root, with {@code /} and a trailing {@code /}, or
   *     empty for a file given directly or lying in the root
   */
  record InputFile(Path path, String idPrefix) {}

  /**
   * Expands the inputs.
   *
   * @param inputs paths, folders or glob patterns
   * @param log where missing paths are recorded
   * @return the files, without duplicates, in order
   * @throws IOException when a folder cannot be walked
   */
  static List<InputFile> resolve(List<String> inputs, IngestLog log) throws IOException {
    Map<Path, InputFile> files = new LinkedHashMap<>();
    for (String input : inputs) {
      List<InputFile> found = resolve(input);
      if (found.isEmpty()) {
        log.add(notFound(input));
      }
      found.forEach(f -> files.putIfAbsent(f.path(), f));
    }
    return new ArrayList<>(files.values());
  }

  private static List<InputFile> resolve(String input) throws IOException {
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return walk(path, Integer.MAX_VALUE, p -> true);
    }
    if (Files.exists(path) || !isGlob(input)) {
      return Files.exists(path) ? List.of(new InputFile(path, "")) : List.of();
    }
    return glob(input);
  }

  private static List<InputFile> glob(String pattern) throws IOException {
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

  private static List<InputFile> walk(Path root, int depth, java.util.function.Predicate<Path> accept)
      throws IOException {
    try (Stream<Path> paths = Files.walk(root, depth)) {
      return paths
          .filter(p -> !isHidden(root.relativize(p)))
          .filter(Files::isRegularFile)
          .filter(accept)
          .sorted(Comparator.comparing(Path::toString))
          .map(p -> new InputFile(p, idPrefix(root.relativize(p))))
          .toList();
    }
  }

  /** The folders of a path relative to its root, joined by {@code /} with a trailing one. */
  static String idPrefix(Path relative) {
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      prefix.append(relative.getName(i)).append('/');
    }
    return prefix.toString();
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
