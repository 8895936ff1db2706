package org.wiretrace.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the input files of a job on the driver: files as given, folders walked recursively, glob
 * patterns expanded, each group sorted by path; hidden and marker files ({@code _SUCCESS},
 * {@code .crc}) are skipped. Paths that match nothing become rejects, not failures.
 */
final class InputListing {

  /**
   * One file to read.
   *
   * @param order position in the listing (the embedded reader's order; first wins on duplicate ids)
   * @param path the fully qualified path
   * @param size its length in bytes
   */
  record InputFile(int order, String path, long size) implements java.io.Serializable {}

  /**
   * The listing.
   *
   * @param files files to read, in order
   * @param missing inputs that matched no file, with the reason
   */
  record Listing(List<InputFile> files, List<String[]> missing) {}

  private InputListing() {}

  static Listing list(List<String> inputs, Configuration conf) throws IOException {
    List<InputFile> files = new ArrayList<>();
    List<String[]> missing = new ArrayList<>();
    for (String input : inputs) {
      List<FileStatus> found = expand(new Path(input), conf);
      if (found.isEmpty()) {
        missing.add(new String[] {input, isGlob(input) ? "NO_MATCH" : "PATH_NOT_FOUND"});
      }
      for (FileStatus s : found) {
        files.add(new InputFile(files.size(), s.getPath().toString(), s.getLen()));
      }
    }
    return new Listing(files, missing);
  }

  private static List<FileStatus> expand(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(path);
    List<FileStatus> out = new ArrayList<>();
    if (matches == null) {
      return out;
    }
    for (FileStatus m : matches) {
      if (m.isDirectory()) {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (!hidden(f.getPath())) {
            out.add(f);
          }
        }
      } else if (!hidden(m.getPath())) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(s -> s.getPath().toString()));
    return out;
  }

  private static boolean hidden(Path p) {
    String name = p.getName();
    return name.startsWith("_") || name.startsWith(".") || name.toLowerCase(Locale.ROOT).endsWith(".crc");
  }

  private static boolean isGlob(String input) {
    return input.contains("*") || input.contains("?") || input.contains("[") || input.contains("{");
  }
}
