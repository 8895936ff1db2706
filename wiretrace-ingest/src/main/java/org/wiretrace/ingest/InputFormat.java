package org.wiretrace.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The file formats Wiretrace reads, each mapped to its reader (Caffeine {@code TraceFormat} style).
 * Detected from the file name; a {@code .gz} suffix is un-gzipped first.
 */
public enum InputFormat {
  /** Plain text, one article per file; the id is the file name. */
  TEXT(List.of("txt", "text"), TextArticleReader::new),
  /** JSON Lines / NDJSON, one article object per line. */
  JSONL(List.of("jsonl", "ndjson"), JsonlArticleReader::new),
  /** One HTML page per file; the main text is extracted. */
  HTML(List.of("html", "htm", "xhtml"), HtmlArticleReader::new),
  /** A WARC (or WARC.gz) archive of crawled pages, CC-NEWS style. */
  WARC(List.of("warc"), WarcArticleReader::new);

  private final List<String> extensions;
  private final Supplier<ArticleReader> reader;

  InputFormat(List<String> extensions, Supplier<ArticleReader> reader) {
    this.extensions = extensions;
    this.reader = reader;
  }

  /**
   * Returns the file name extensions of this format, without dots.
   *
   * @return the extensions, the usual one first
   */
  public List<String> extensions() {
    return extensions;
  }

  ArticleReader newReader() {
    return reader.get();
  }

  /**
   * Detects the format from a file name, ignoring a trailing {@code .gz}.
   *
   * @param fileName a file name such as {@code feed.ndjson.gz}
   * @return the format, or empty when the extension is unknown
   */
  public static Optional<InputFormat> fromFileName(String fileName) {
    String name = stripGz(fileName.toLowerCase(Locale.ROOT));
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
  }

  /**
   * Parses a format name as given to {@code --format}: any of the extensions or the constant name.
   *
   * @param name e.g. {@code jsonl}, {@code ndjson}, {@code html}
   * @return the format
   * @throws IllegalArgumentException naming the accepted values when the name is unknown
   */
  public static InputFormat parse(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (InputFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(key) || f.extensions.contains(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("format '" + name + "' is unknown; use one of txt, jsonl, html, warc");
  }

  /**
   * Returns whether a file name ends in {@code .gz}.
   *
   * @param fileName the file name
   * @return true for gzip-compressed files
   */
  static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /**
   * Returns a file name without its {@code .gz} and format extension: the default article id.
   *
   * @param fileName e.g. {@code 004_ba8c.txt}
   * @return e.g. {@code 004_ba8c}
   */
  static String baseName(String fileName) {
    String name = isGzip(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String stripGz(String name) {
    return isGzip(name) ? name.substring(0, name.length() - 3) : name;
  }
}
