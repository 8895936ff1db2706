package org.wiretrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wiretrace.index.WiretraceStore;

/** Opens the on-disk store ({@code wiretrace-index}) for the commands. */
final class Stores {

  private Stores() {}

  /**
   * Opens the store for writing, creating it when the directory is new or empty.
   *
   * @param directory the store directory
   * @return the open store
   * @throws IOException when it cannot be opened; {@code IncompatibleStoreException} (exit 3) when
   *     it was written by another schema or with other sketch parameters
   */
  static WiretraceStore openWritable(Path directory) throws IOException {
    return WiretraceStore.open(directory, Detection.paramsStamp());
  }

  /**
   * Opens an existing store for reading; works while another process ingests.
   *
   * @param directory the store directory
   * @return the open store
   * @throws BadInputException when there is no store there yet
   * @throws IOException when it cannot be opened
   */
  static WiretraceStore openReadOnly(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new BadInputException("no store at " + directory
          + "; run 'wiretrace ingest PATH...' first, or point --store (or $WIRETRACE_HOME) at a store");
    }
    return WiretraceStore.openReadOnly(directory);
  }
}
